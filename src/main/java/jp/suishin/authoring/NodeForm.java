package jp.suishin.authoring;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.refusal.FieldProblem;

/**
 * A node of a plan's tree as a planner writes it: a goal (基本目標), a measure (施策) or a
 * project (事業), with its number as printed ({@code 1}, {@code (1)}, {@code ①}), its
 * summary, area (推進エリア), marks (重点, 新規) and lead body (振興局, 炭鉄港推進協議会).
 */
public record NodeForm(String title, String code, String summary, String area, String lead, List<String> marks) {

	public static final int TITLE_MAX_LENGTH = 500;

	public NodeForm {
		marks = marks == null ? List.of() : List.copyOf(marks);
	}

	public static NodeForm titled(String title) {
		return new NodeForm(title, null, null, null, null, List.of());
	}

	/** The node's fields checked, or {@code null} after adding the problems. */
	Checked checked(List<FieldProblem> problems) {
		int before = problems.size();
		String checkedTitle = AuthoringText.required("nodeTitle", title, TITLE_MAX_LENGTH,
				"authoring.node.title-required", problems);
		String checkedCode = AuthoringText.optional("nodeCode", code, 20, problems);
		String checkedSummary = AuthoringText.optional("nodeSummary", summary, 20000, problems);
		String checkedArea = AuthoringText.optional("nodeArea", area, 500, problems);
		String checkedLead = AuthoringText.optional("nodeLead", lead, 200, problems);
		List<String> checkedMarks = new ArrayList<>();
		for (String mark : marks) {
			String stripped = AuthoringText.optional("nodeMarks", mark, 40, problems);
			if (stripped != null) {
				checkedMarks.add(stripped);
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new Checked(checkedTitle, checkedCode, checkedSummary, checkedArea, checkedLead, checkedMarks);
	}

	record Checked(String title, String code, String summary, String area, String lead, List<String> marks) {
	}

}
