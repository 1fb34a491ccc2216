package jp.suishin.activity;

import java.util.List;
import java.util.Map;

import jp.suishin.notation.FiscalYear;

/**
 * The activity module's read side for reports: a plan's activities of one fiscal year and
 * the actions planned for the next, by node, in print order, in a bounded number of
 * statements whatever the size of the plan (archived nodes left out).
 */
public interface PlanActivities {

	/**
	 * The narrative of a plan's year: activities of {@code year}, actions of
	 * {@code year.next()}.
	 */
	Narrative of(long planId, FiscalYear year);

	/**
	 * @param activitiesByNode node id → activities of the year, in position order
	 * @param actionsByNode node id → actions of the next year, in position order
	 */
	record Narrative(FiscalYear year, Map<Long, List<Activity>> activitiesByNode,
			Map<Long, List<NextAction>> actionsByNode) {

		public Narrative {
			activitiesByNode = Map.copyOf(activitiesByNode);
			actionsByNode = Map.copyOf(actionsByNode);
		}

		public List<Activity> activitiesOf(long nodeId) {
			return activitiesByNode.getOrDefault(nodeId, List.of());
		}

		public List<NextAction> actionsOf(long nodeId) {
			return actionsByNode.getOrDefault(nodeId, List.of());
		}

	}

}
