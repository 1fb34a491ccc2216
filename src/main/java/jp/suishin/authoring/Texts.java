package jp.suishin.authoring;

import java.util.List;

import jp.suishin.refusal.FieldProblem;

/** How the authoring forms read a text field: stripped, blank as none, with a length. */
final class Texts {

	private Texts() {
	}

	/** The text stripped, or {@code null} after adding the problem naming the field. */
	static String required(String written, String field, int maxLength, List<FieldProblem> problems) {
		String text = written == null ? "" : written.strip();
		if (text.isEmpty()) {
			problems.add(FieldProblem.of(field, "authoring.field.required"));
			return null;
		}
		if (text.length() > maxLength) {
			problems.add(FieldProblem.of(field, "authoring.field.too-long", maxLength));
			return null;
		}
		return text;
	}

	/** The text stripped, {@code null} for a blank one or after adding the problem. */
	static String optional(String written, String field, int maxLength, List<FieldProblem> problems) {
		String text = written == null ? "" : written.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > maxLength) {
			problems.add(FieldProblem.of(field, "authoring.field.too-long", maxLength));
			return null;
		}
		return text;
	}

}
