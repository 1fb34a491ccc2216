package jp.suishin.collection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;

/**
 * The one way in for entered values (the KPI page, the API, uploaded sheets): whether the
 * viewer may change a KPI's value of a year now, asked of the collection
 * ({@link Collection#valueChange}) under the lock of the year's collection, and the value
 * written in the same transaction, so that an approval or a lock of the year takes turns
 * with the entry rather than slipping in between the check and the write.
 */
public final class ValueEntryGate {

	private final KpiRepository kpis;

	private final PlanRepository plans;

	private final CollectionRepository collections;

	private final AccessPolicy access;

	private final RecordingActualValue recording;

	private final UnitOfWork work;

	public ValueEntryGate(KpiRepository kpis, PlanRepository plans, CollectionRepository collections,
			AccessPolicy access, RecordingActualValue recording, UnitOfWork work) {
		this.kpis = kpis;
		this.plans = plans;
		this.collections = collections;
		this.access = access;
		this.recording = recording;
		this.work = work;
	}

	/**
	 * Records a value the viewer entered, if the viewer may change it now. A value that
	 * cannot change now comes back as a conflict on the year; what cannot be read, as the
	 * recording's problems per field.
	 * @throws AccessDenied when the viewer has no part in entering this KPI's values
	 */
	public RecordingOutcome enter(Viewer viewer, ValueEntry entry) {
		return work.run(() -> enterNow(viewer, entry));
	}

	private RecordingOutcome enterNow(Viewer viewer, ValueEntry entry) {
		Kpi kpi = kpi(entry.kpiId());
		Plan plan = plans.findById(kpi.planId()).orElseThrow(() -> new CollectionNotFound(kpi.planId()));
		Participant who = Participant.of(access.on(viewer, plan.ownerId()), kpi.departmentId());
		if (!who.entersValues()) {
			throw new AccessDenied("enter values of KPI " + kpi.id());
		}
		// A year that is unreadable or outside the plan period is bad input whoever
		// enters it: the recording says so, on the year.
		Optional<FiscalYear> year = plan.period().admit(entry.year()).accepted();
		if (year.isPresent()) {
			// Taken before anything is read: approve, return, reopen and lock take the
			// same lock, so steps on the year go one at a time.
			Optional<Collection> collection = collections.find(kpi.planId(), year.get())
				.flatMap(c -> collections.findByIdForUpdate(c.id()));
			Decision decision = Collection.valueChange(collection,
					collection.flatMap(c -> collections.item(c.id(), kpi.id())), who, year.get());
			if (decision instanceof Decision.Refused refused) {
				return new RecordingOutcome.Rejected(List.of(new FieldProblem("year", refused.problem())),
						RecordingOutcome.Kind.CONFLICT);
			}
		}
		return recording.record(entry, viewer.actor());
	}

	/** The part the viewer takes in entering the KPI's values. */
	public Participant participant(Viewer viewer, long kpiId) {
		return participant(viewer, kpi(kpiId));
	}

	/**
	 * The years whose value of the KPI the viewer may change now, for the page to offer
	 * the form only there (the entry asks again, under the lock).
	 */
	public Set<Integer> changeableYears(Viewer viewer, long kpiId, List<FiscalYear> years) {
		Kpi kpi = kpi(kpiId);
		Participant who = participant(viewer, kpi);
		Set<Integer> changeable = new TreeSet<>();
		if (!who.entersValues()) {
			return changeable;
		}
		// the plan's collections in one read, rather than one look-up per year
		Map<FiscalYear, Collection> byYear = new HashMap<>();
		collections.ofPlan(kpi.planId()).forEach(c -> byYear.put(c.year(), c));
		for (FiscalYear year : years) {
			Optional<Collection> collection = Optional.ofNullable(byYear.get(year));
			if (Collection.valueChange(collection, collection.flatMap(c -> collections.item(c.id(), kpiId)), who, year)
				.allowed()) {
				changeable.add(year.value());
			}
		}
		return changeable;
	}

	private Participant participant(Viewer viewer, Kpi kpi) {
		long owner = plans.findById(kpi.planId()).orElseThrow().ownerId();
		return Participant.of(access.on(viewer, owner), kpi.departmentId());
	}

	private Kpi kpi(long kpiId) {
		return kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
	}

}
