package jp.suishin.refusal;

import java.util.List;

/**
 * The one check of a form's text field, for every form that takes one: stripped, blank as
 * none, at most so long, else a problem naming the field with the form's own message key.
 */
public final class FormText {

	private FormText() {
	}

	/**
	 * The stripped text, {@code null} when blank, or {@code null} after adding
	 * {@code tooLongKey} (with the maximum) when it is longer than {@code maxLength}.
	 */
	public static String optional(String field, String written, int maxLength, String tooLongKey,
			List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			return null;
		}
		String stripped = written.strip();
		if (stripped.length() > maxLength) {
			problems.add(FieldProblem.of(field, tooLongKey, maxLength));
			return null;
		}
		return stripped;
	}

	/** As {@link #optional}, and {@code requiredKey} when nothing is written. */
	public static String required(String field, String written, int maxLength, String requiredKey, String tooLongKey,
			List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			problems.add(FieldProblem.of(field, requiredKey));
			return null;
		}
		return optional(field, written, maxLength, tooLongKey, problems);
	}

}
