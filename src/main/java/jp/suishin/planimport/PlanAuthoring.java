package jp.suishin.planimport;

import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.authoring.KpiForm;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.refusal.FieldProblem;

/**
 * The plan authoring use cases the import creates a plan's parts with (one path for every
 * plan that enters the system): each authorises, checks and audits inside itself. An
 * adapter calls {@code jp.suishin.authoring}'s CreatingPlan, AddingNode and AddingKpi.
 */
public interface PlanAuthoring {

	/** Creates the plan; the owner's planners only. */
	long createPlan(Viewer viewer, long ownerId, String name, FiscalPeriod period, List<String> levelNames,
			String source);

	/**
	 * A plan's tree to add nodes to, authorised and read once, inside the caller's
	 * transaction.
	 */
	Nodes nodes(Viewer viewer, long planId);

	/** Adds nodes to one plan's tree. */
	interface Nodes {

		/**
		 * Adds a node under its parent (a goal when {@code parentId} is {@code null}),
		 * after its siblings.
		 */
		long add(Long parentId, String title);

	}

	/**
	 * Adds KPIs under their nodes, in one transaction, each checked as {@link #check}
	 * does.
	 * @return their ids, in the order given
	 * @throws jp.suishin.refusal.Refused invalid, its fields {@code kpis[i].<field>}
	 */
	List<Long> addKpis(Viewer viewer, long planId, List<Placed> kpis);

	/** Lists a KPI again (再掲) under another node, after the node's KPIs. */
	void relist(Viewer viewer, long nodeId, long kpiId);

	/**
	 * The problems of a KPI as written, by field (name, unit, direction, aggregation,
	 * baselineValue, baselineYear, targetValue, targetYear, definition, department): the
	 * one KPI rule, asked without storing anything.
	 */
	List<FieldProblem> check(KpiForm kpi, FiscalPeriod period);

	/** A KPI to add under a node. */
	record Placed(long nodeId, KpiForm kpi) {
	}

}
