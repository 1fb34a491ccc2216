package jp.suishin.meeting.web;

import java.util.List;

import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanTree;

/**
 * What the meetings page offers beside the listing: the plan's nodes to choose a field
 * from.
 */
final class MeetingsPage {

	private MeetingsPage() {
	}

	/**
	 * A node as the field choice shows it: indented by its depth, with its level's name.
	 */
	record NodeChoice(long id, String label) {
	}

	static List<NodeChoice> nodes(PlanTree tree) {
		return tree.inReadingOrder()
			.stream()
			.map(node -> new NodeChoice(node.id(),
					indent(node) + tree.plan().levelName(node.depth()) + "：" + node.label()))
			.toList();
	}

	private static String indent(PlanNode node) {
		return "\u3000".repeat(Math.max(0, node.depth() - 1));
	}

}
