package jp.suishin.report;

import java.util.List;
import java.util.Map;

import jp.suishin.kpi.Kpi;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.PlanTree;

/** A plan's tree with the KPIs listed under each node, for the plan page and the API. */
public record PlanOutline(PlanTree tree, Organization owner, Map<Long, List<ListedKpi>> kpisByNode) {

	public PlanOutline {
		kpisByNode = Map.copyOf(kpisByNode);
	}

	/** A KPI as listed under a node; {@code relisted} for a 再掲 row. */
	public record ListedKpi(Kpi kpi, boolean relisted) {

		/**
		 * {@code ▲312人 → ▲275人（R9）}: where the KPI starts and where the plan wants it.
		 */
		public String course() {
			return Figures.baseline(kpi) + " → " + Figures.target(kpi);
		}

	}

	public List<ListedKpi> kpisOf(long nodeId) {
		return kpisByNode.getOrDefault(nodeId, List.of());
	}

}
