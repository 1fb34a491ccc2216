package jp.suishin.activity;

import java.util.List;

import jp.suishin.refusal.FieldProblem;

/**
 * One of next year's main actions as a planner or a document writes it
 * (インバウンド向けサイクルツアーの整備 [炭鉄港推進協議会]): the text and at least one lead body.
 */
public record NextActionForm(String text, List<String> leads) {

	/** The text's column (V15). */
	public static final int TEXT_MAX_LENGTH = 2000;

	public NextActionForm {
		leads = leads == null ? List.of() : leads.stream().filter(l -> l != null).toList();
	}

	/** The checked action, or {@code null} after adding the problems. */
	Checked checked(List<FieldProblem> problems) {
		int before = problems.size();
		String checkedText = ActivityText.required("actionText", text, TEXT_MAX_LENGTH, "activity.action.text-required",
				problems);
		List<String> checkedLeads = ActivityText.leads("actionLeads", leads, true, problems);
		if (problems.size() > before) {
			return null;
		}
		return new Checked(checkedText, checkedLeads);
	}

	record Checked(String text, List<String> leads) {

		String described() {
			return text + " [" + String.join("・", leads) + "]";
		}

	}

}
