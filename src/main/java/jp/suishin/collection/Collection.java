package jp.suishin.collection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;

/** One plan's collection of a fiscal year's values. */
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

	public boolean overdueOn(LocalDate today) {
		return state == CollectionState.OPEN && today.isAfter(deadline);
	}

}
