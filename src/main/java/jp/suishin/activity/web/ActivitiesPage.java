package jp.suishin.activity.web;

import java.util.List;

import jp.suishin.activity.Activity;
import jp.suishin.activity.NextAction;
import jp.suishin.activity.PlanActivities;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanTree;

/**
 * What a plan's activities page shows for a fiscal year: every current node in reading
 * order with its activities of the year and its actions of the next, as the report of
 * that year prints them.
 */
record ActivitiesPage(Plan plan, FiscalYear year, FiscalYear next, List<FiscalYear> years, List<NodeRow> nodes) {

	/** A node with what it did in the year and plans for the next. */
	record NodeRow(PlanNode node, String levelName, List<Activity> activities, List<NextAction> actions) {

		public int indent() {
			return node.depth() - 1;
		}

	}

	static ActivitiesPage of(PlanTree tree, FiscalYear year, PlanActivities.Narrative narrative) {
		Plan plan = tree.plan();
		List<NodeRow> rows = tree.inReadingOrder()
			.stream()
			.map(node -> new NodeRow(node, plan.levelName(node.depth()), narrative.activitiesOf(node.id()),
					narrative.actionsOf(node.id())))
			.toList();
		return new ActivitiesPage(plan, year, year.next(), plan.period().years(), rows);
	}

	/** A lead list as the documents print it: [振興局・市町]. */
	public static String leads(List<String> leads) {
		return leads.isEmpty() ? "" : "[" + String.join("・", leads) + "]";
	}

}
