package jp.suishin.authoring;

import java.util.List;

import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.FormText;

/** The one check of an optional text field: stripped, blank as none, at most so long. */
final class AuthoringText {

	private AuthoringText() {
	}

	static String optional(String field, String written, int maxLength, List<FieldProblem> problems) {
		return FormText.optional(field, written, maxLength, "authoring.text.too-long", problems);
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
