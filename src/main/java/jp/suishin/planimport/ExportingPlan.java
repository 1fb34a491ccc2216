package jp.suishin.planimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.BaselineRevision;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.refusal.Refused;

/**
 * A plan as the xlsx the import reads best ({@link PlanWorkbookWriter}): one row per KPI
 * listing in the plan's order, every value it holds, so that export → edit in Excel →
 * import changes exactly what was edited. Working figures (values not yet published) are
 * in it: only those who read the owner's working data may export (planners, reviewers,
 * experts, the departments' editors).
 */
public final class ExportingPlan {

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final AccessPolicy access;

	public ExportingPlan(PlanRepository plans, KpiRepository kpis, AccessPolicy access) {
		this.plans = plans;
		this.kpis = kpis;
		this.access = access;
	}

	/** The exported workbook and the file name to give it. */
	public record Export(String fileName, byte[] content) {
	}

	/**
	 * @throws Refused not found for an unknown plan, or one the viewer may not read the
	 * working data of; forbidden for the public (sent to sign in)
	 */
	public Export export(Viewer viewer, long planId) {
		if (!viewer.signedIn()) {
			// the public is asked to sign in, as for every page that is not public
			throw new AccessDenied("export plan " + planId);
		}
		PlanTree tree = plans.tree(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
		Plan plan = tree.plan();
		access.requireSight(viewer, plan.ownerId(), "plan " + planId);
		Map<Long, Kpi> byId = new HashMap<>();
		kpis.findByPlan(planId).forEach(k -> byId.put(k.id(), k));
		Map<Long, List<KpiListing>> listings = new HashMap<>();
		for (KpiListing listing : kpis.listingsOfPlan(planId)) {
			listings.computeIfAbsent(listing.nodeId(), n -> new ArrayList<>()).add(listing);
		}
		Map<Long, SortedMap<FiscalYear, PlanWorkbookWriter.Value>> values = new HashMap<>();
		for (YearlyValue value : kpis.valuesOfPlan(planId)) {
			Kpi kpi = byId.get(value.kpiId());
			if (kpi != null) {
				values.computeIfAbsent(value.kpiId(), k -> new TreeMap<>())
					.put(value.year(), value(value.actual(), kpi));
			}
		}
		Map<Long, List<BaselineRevision>> baselines = kpis.baselineRevisionsOfPlan(planId);
		Map<Long, List<String>> paths = new HashMap<>();
		List<PlanWorkbookWriter.Listing> rows = new ArrayList<>();
		for (PlanNode node : tree.inReadingOrder()) {
			List<String> path = new ArrayList<>(
					node.parentId() == null ? List.of() : paths.getOrDefault(node.parentId(), List.of()));
			path.add(node.label());
			paths.put(node.id(), path);
			List<KpiListing> ofNode = new ArrayList<>(listings.getOrDefault(node.id(), List.of()));
			ofNode.sort(java.util.Comparator.comparingInt(KpiListing::position));
			if (ofNode.isEmpty()) {
				rows.add(PlanWorkbookWriter.Listing.node(path));
			}
			for (KpiListing listing : ofNode) {
				Kpi kpi = byId.get(listing.kpiId());
				if (kpi == null) {
					continue;
				}
				List<BaselineRevision> revisions = baselines.getOrDefault(kpi.id(), List.of());
				Baseline baseline = revisions.isEmpty() ? kpi.baseline()
						: revisions.get(revisions.size() - 1).baseline();
				rows.add(new PlanWorkbookWriter.Listing(path, kpi.name(), listing.relisted(),
						kpi.unit().isNone() ? null : kpi.unit().text(), kpi.direction().word(),
						kpi.aggregation().word(), baseline == null ? null : baseline.value(),
						baseline == null ? null : baseline.year(), kpi.target() == null ? null : kpi.target().value(),
						kpi.target() == null ? null : kpi.target().year(), kpi.definition(), kpi.department(),
						listing.relisted() ? new TreeMap<>() : values.getOrDefault(kpi.id(), new TreeMap<>())));
			}
		}
		byte[] content = PlanWorkbookWriter
			.xlsx(new PlanWorkbookWriter.Plan(plan.name(), plan.levelNames(), plan.period().years(), rows));
		return new Export(plan.name() + ".xlsx", content);
	}

	private static PlanWorkbookWriter.Value value(Actual actual, Kpi kpi) {
		if (actual instanceof Actual.Confirmed confirmed && !confirmed.approximate()) {
			return PlanWorkbookWriter.Value.of(confirmed.value());
		}
		return PlanWorkbookWriter.Value.text(actual.written(kpi.unit()));
	}

}
