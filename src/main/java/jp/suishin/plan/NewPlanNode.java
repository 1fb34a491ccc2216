package jp.suishin.plan;

import java.util.List;

/** What is needed to add a node to a plan's tree. */
public record NewPlanNode(long planId, Long parentId, int depth, int position, String code, String title,
		String summary, String area, List<String> marks, String lead) {

	public NewPlanNode {
		marks = List.copyOf(marks);
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a plan node needs a title");
		}
	}

}
