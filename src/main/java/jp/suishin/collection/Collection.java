package jp.suishin.collection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.suishin.audit.Reason;
import jp.suishin.kpi.LockedYears;
import jp.suishin.notation.FiscalYear;

/**
 * One plan's collection of a fiscal year's values, and the rules of its steps: who may
 * submit, return, approve, reopen and lock, from which state, and whether a value may
 * change now. Each rule answers a {@link Decision}; the use cases load the collection
 * under its lock, ask, and write.
 */
public record Collection(long id, long planId, FiscalYear year, LocalDate deadline, CollectionState state,
		Instant openedAt, String openedBy) {

	/**
	 * Whether a KPI's value of this year is fixed: the year is locked, or the KPI's value
	 * is approved. The one statement of that rule; everything that would change the
	 * year's figures asks it.
	 */
	public boolean locksValue(Optional<CollectionItem> item) {
		return state == CollectionState.LOCKED || item.map(i -> i.state() == ItemState.APPROVED).orElse(false);
	}

	public boolean open() {
		return state == CollectionState.OPEN;
	}

	public boolean overdueOn(LocalDate today) {
		return state == CollectionState.OPEN && today.isAfter(deadline);
	}

	/**
	 * Whether a participant may change a KPI's value of a year now. A planner may unless
	 * the value is fixed ({@link #locksValue}); a department editor only while the year's
	 * collection is open and the value is neither submitted nor approved.
	 * @param collection the year's collection, if the year is collected
	 * @param item the KPI's item in it, if any
	 */
	public static Decision valueChange(Optional<Collection> collection, Optional<CollectionItem> item, Participant who,
			FiscalYear year) {
		if (!who.entersValues()) {
			return Decision.forbidden("enter values of " + year.eraLabel());
		}
		if (collection.map(c -> c.locksValue(item)).orElse(false)) {
			return new Decision.Refused(Decision.Kind.CONFLICT, LockedYears.problem(year));
		}
		if (who == Participant.PLANNER) {
			return Decision.ALLOWED;
		}
		if (collection.isEmpty() || item.isEmpty()) {
			return Decision.conflict("collection.value.not-collecting", year.eraLabel());
		}
		if (!item.get().state().editable()) {
			return Decision.conflict("collection.value.submitted", year.eraLabel());
		}
		return Decision.ALLOWED;
	}

	/** The department (or the planner) submits the value it entered. */
	public Decision submit(CollectionItem item, Participant who, boolean valueEntered) {
		if (!who.entersValues()) {
			return Decision.forbidden("submit KPI " + item.kpiId());
		}
		if (!open()) {
			return locked();
		}
		if (!item.state().editable()) {
			return Decision.conflict("collection.submit.not-editable");
		}
		if (!valueEntered) {
			return Decision.conflict("collection.submit.no-value", year.eraLabel());
		}
		return Decision.ALLOWED;
	}

	/**
	 * The planner sends a submitted value back (with a comment, checked by
	 * {@link Comment}).
	 */
	public Decision returnValue(CollectionItem item, Participant who) {
		if (who != Participant.PLANNER) {
			return Decision.forbidden("return KPI " + item.kpiId());
		}
		if (!open()) {
			return locked();
		}
		if (item.state() != ItemState.SUBMITTED) {
			return Decision.conflict("collection.return.not-submitted");
		}
		return Decision.ALLOWED;
	}

	/** The planner approves a submitted value; it is fixed from then on. */
	public Decision approve(CollectionItem item, Participant who) {
		if (who != Participant.PLANNER) {
			return Decision.forbidden("approve KPI " + item.kpiId());
		}
		if (!open()) {
			return locked();
		}
		if (item.state() != ItemState.SUBMITTED) {
			return Decision.conflict("collection.approve.not-submitted");
		}
		return Decision.ALLOWED;
	}

	/**
	 * The planner opens an approved value again (with a reason, checked by
	 * {@link Reason}); a locked year opens with it ({@link #stateAfterReopening}).
	 */
	public Decision reopen(CollectionItem item, Participant who) {
		if (who != Participant.PLANNER) {
			return Decision.forbidden("reopen KPI " + item.kpiId());
		}
		if (item.state() != ItemState.APPROVED) {
			return Decision.conflict("collection.reopen.not-approved");
		}
		return Decision.ALLOWED;
	}

	/** The collection's state once a value is reopened: a locked year is open again. */
	public CollectionState stateAfterReopening() {
		return CollectionState.OPEN;
	}

	/** The planner locks the year, once every value is approved. */
	public Decision lock(List<CollectionItem> items, Participant who) {
		if (who != Participant.PLANNER) {
			return Decision.forbidden("lock collection " + id);
		}
		if (!open()) {
			return locked();
		}
		long waiting = items.stream().filter(i -> i.state() != ItemState.APPROVED).count();
		if (waiting > 0) {
			return Decision.conflict("collection.lock.not-all-approved", waiting);
		}
		return Decision.ALLOWED;
	}

	/** The planner reminds the departments, while the year is open. */
	public Decision remind(Participant who) {
		if (who != Participant.PLANNER) {
			return Decision.forbidden("remind for collection " + id);
		}
		return open() ? Decision.ALLOWED : locked();
	}

	private Decision locked() {
		return Decision.conflict("collection.locked", year.eraLabel());
	}

}
