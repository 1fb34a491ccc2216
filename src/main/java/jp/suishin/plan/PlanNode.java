package jp.suishin.plan;

import java.util.List;

/**
 * A node of a plan's tree: a goal (depth 1) or a project, field, policy or initiative
 * below it.
 *
 * @param parentId {@code null} for a goal
 * @param marks labels printed beside the title, such as 加速化
 * @param lead the lead body as printed in brackets ([振興局]), or {@code null}
 */
public record PlanNode(long id, long planId, Long parentId, int depth, int position, String code, String title,
		String summary, String area, List<String> marks, String lead) {

	public PlanNode {
		marks = List.copyOf(marks);
	}

	/** The code and title as printed: {@code 1 日本遺産「炭鉄港」…}. */
	public String label() {
		return code == null || code.isBlank() ? title : code + "　" + title;
	}

}
