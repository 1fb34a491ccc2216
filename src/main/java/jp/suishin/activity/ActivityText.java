package jp.suishin.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.FormText;

/**
 * The one check of the activity forms' texts: stripped, blank as none, at most so long;
 * and lead bodies as a planner types them ([振興局・市町], 振興局、市町).
 */
final class ActivityText {

	/** What separates lead bodies typed in one field. */
	private static final Pattern LEAD_SEPARATOR = Pattern.compile("[・、，,/／\\n]+");

	static final int LEAD_MAX_LENGTH = 100;

	/** The leads' column (V15), joined by line breaks. */
	static final int LEADS_MAX_LENGTH = 1000;

	private ActivityText() {
	}

	static String optional(String field, String written, int maxLength, List<FieldProblem> problems) {
		return FormText.optional(field, written, maxLength, "activity.text.too-long", problems);
	}

	static String required(String field, String written, int maxLength, String requiredKey,
			List<FieldProblem> problems) {
		return FormText.required(field, written, maxLength, requiredKey, "activity.text.too-long", problems);
	}

	/**
	 * The lead bodies, each stripped of its brackets; several may come in one entry
	 * (振興局・市町).
	 */
	static List<String> leads(String field, List<String> written, boolean required, List<FieldProblem> problems) {
		List<String> leads = new ArrayList<>();
		for (String entry : written == null ? List.<String>of() : written) {
			if (entry == null) {
				continue;
			}
			for (String part : LEAD_SEPARATOR.split(entry.replaceAll("[\\[\\]［］【】]", " "))) {
				String lead = part.strip();
				if (lead.isEmpty()) {
					continue;
				}
				if (lead.length() > LEAD_MAX_LENGTH) {
					problems.add(FieldProblem.of(field, "activity.text.too-long", LEAD_MAX_LENGTH));
					return List.of();
				}
				leads.add(lead);
			}
		}
		if (leads.isEmpty() && required) {
			problems.add(FieldProblem.of(field, "activity.leads.required"));
		}
		else if (String.join("\n", leads).length() > LEADS_MAX_LENGTH) {
			problems.add(FieldProblem.of(field, "activity.text.too-long", LEADS_MAX_LENGTH));
		}
		return leads;
	}

}
