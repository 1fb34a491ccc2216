package jp.suishin.verification;

import java.time.LocalDate;
import java.util.List;

import jp.suishin.notation.DayNotation;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.FormText;

/**
 * The one check of the verification forms' texts (stripped, blank as none, at most so
 * long) and of the day an opinion was given, as people write it: {@code 2025-10-15},
 * {@code 2025/10/15}, {@code 令和7年10月15日}, {@code R7.10.15} (full-width digits too).
 */
final class VerificationText {

	static final int TEXT_MAX_LENGTH = 10000;

	static final int NAME_MAX_LENGTH = 100;

	private VerificationText() {
	}

	static String optional(String field, String written, int maxLength, List<FieldProblem> problems) {
		return FormText.optional(field, written, maxLength, "verification.text.too-long", problems);
	}

	static String required(String field, String written, int maxLength, String requiredKey,
			List<FieldProblem> problems) {
		return FormText.required(field, written, maxLength, requiredKey, "verification.text.too-long", problems);
	}

	/** The day as written, or {@code null} after adding the problem. */
	static LocalDate day(String field, String written, LocalDate today, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			problems.add(FieldProblem.of(field, "verification.given-on.required"));
			return null;
		}
		LocalDate day = DayNotation.parse(written).orElse(null);
		if (day == null) {
			problems.add(FieldProblem.of(field, "verification.given-on.invalid", written.strip()));
			return null;
		}
		if (day.isAfter(today)) {
			problems.add(FieldProblem.of(field, "verification.given-on.future", written.strip()));
			return null;
		}
		return day;
	}

}
