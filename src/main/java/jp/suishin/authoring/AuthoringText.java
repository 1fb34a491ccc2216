package jp.suishin.authoring;

import java.util.List;

import jp.suishin.refusal.FieldProblem;

/** The one check of an optional text field: stripped, blank as none, at most so long. */
final class AuthoringText {

	private AuthoringText() {
	}

	static String optional(String field, String written, int maxLength, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			return null;
		}
		String stripped = written.strip();
		if (stripped.length() > maxLength) {
			problems.add(FieldProblem.of(field, "authoring.text.too-long", maxLength));
			return null;
		}
		return stripped;
	}

	static String required(String field, String written, int maxLength, String messageKey,
			List<FieldProblem> problems) {
		String stripped = written == null ? "" : written.strip();
		if (stripped.isEmpty() || stripped.length() > maxLength) {
			problems.add(FieldProblem.of(field, messageKey, maxLength));
			return null;
		}
		return stripped;
	}

}
