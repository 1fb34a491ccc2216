package jp.suishin.collection;

import java.util.List;
import java.util.Optional;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Viewer;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.Problem;
import jp.suishin.plan.PlanRepository;

/**
 * Whether a viewer may change a KPI's value of a year now. A planner may, unless the
 * value is approved (locked until reopened); a department editor may for the KPIs of its
 * department while the year's collection is open and the value is not submitted or
 * approved; nobody else may.
 */
public final class ValueEntryGate {

	private final KpiRepository kpis;

	private final PlanRepository plans;

	private final CollectionRepository collections;

	private final AccessPolicy access;

	private final RecordingActualValue recording;

	public ValueEntryGate(KpiRepository kpis, PlanRepository plans, CollectionRepository collections,
			AccessPolicy access, RecordingActualValue recording) {
		this.kpis = kpis;
		this.plans = plans;
		this.collections = collections;
		this.access = access;
		this.recording = recording;
	}

	/**
	 * What became of an entry.
	 *
	 * @param closed whether the gate refused it (the value cannot change now), rather
	 * than the recording (what was written)
	 */
	public record Entry(RecordingOutcome outcome, boolean closed) {
	}

	/**
	 * Records a value the viewer entered, if the viewer may change it now: the one way in
	 * for the page, the API and uploaded sheets. A refusal of the gate comes back as a
	 * problem of the year.
	 * @throws AccessDenied when the viewer has no part in entering this KPI's values
	 */
	public Entry enter(Viewer viewer, ValueEntry entry) {
		Optional<Problem> closed = check(viewer, entry.kpiId(), FiscalYear.parse(entry.year()).orElse(null));
		if (closed.isPresent()) {
			return new Entry(new RecordingOutcome.Rejected(List.of(new FieldProblem("year", closed.get()))), true);
		}
		return new Entry(recording.record(entry, viewer.actor()), false);
	}

	/**
	 * @param year the year to change; {@code null} when the entry names none readable
	 * (the recording then says what is wrong with it)
	 * @return why the value cannot be changed now, or empty when it can
	 * @throws AccessDenied when the viewer has no part in entering this KPI's values
	 */
	public Optional<Problem> check(Viewer viewer, long kpiId, FiscalYear year) {
		Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
		long owner = plans.findById(kpi.planId()).orElseThrow().ownerId();
		Rights rights = access.on(viewer, owner);
		boolean department = rights.entersFor(kpi.departmentId());
		if (!rights.plan() && !department) {
			throw new AccessDenied("enter values of KPI " + kpiId);
		}
		if (year == null) {
			return Optional.empty();
		}
		Optional<Collection> collection = collections.find(kpi.planId(), year);
		Optional<CollectionItem> item = collection.flatMap(c -> collections.item(c.id(), kpiId));
		if (collection.map(c -> c.locksValue(item)).orElse(false)) {
			return Optional.of(Problem.of("collection.value.locked", year.eraLabel()));
		}
		if (rights.plan()) {
			return Optional.empty();
		}
		if (collection.isEmpty() || item.isEmpty()) {
			return Optional.of(Problem.of("collection.value.not-collecting", year.eraLabel()));
		}
		if (!item.get().state().editable()) {
			return Optional.of(Problem.of("collection.value.submitted", year.eraLabel()));
		}
		return Optional.empty();
	}

}
