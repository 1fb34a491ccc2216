package jp.suishin.verification;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.suishin.refusal.FieldProblem;

/**
 * The one check of the verification forms' texts (stripped, blank as none, at most so
 * long) and of the day an opinion was given, as people write it: {@code 2025-10-15},
 * {@code 2025/10/15}, {@code 令和7年10月15日}, {@code R7.10.15} (full-width digits too).
 */
final class VerificationText {

	static final int TEXT_MAX_LENGTH = 10000;

	static final int NAME_MAX_LENGTH = 100;

	private static final Pattern WESTERN = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

	private static final Pattern REIWA = Pattern.compile("(?:令和|R)(元|\\d{1,2})(?:年|\\.)(\\d{1,2})(?:月|\\.)(\\d{1,2})日?",
			Pattern.CASE_INSENSITIVE);

	/** 令和元年 is 2019. */
	private static final int REIWA_OFFSET = 2018;

	private VerificationText() {
	}

	static String optional(String field, String written, int maxLength, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			return null;
		}
		String stripped = written.strip();
		if (stripped.length() > maxLength) {
			problems.add(FieldProblem.of(field, "verification.text.too-long", maxLength));
			return null;
		}
		return stripped;
	}

	static String required(String field, String written, int maxLength, String requiredKey,
			List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			problems.add(FieldProblem.of(field, requiredKey));
			return null;
		}
		return optional(field, written, maxLength, problems);
	}

	/** The day as written, or {@code null} after adding the problem. */
	static LocalDate day(String field, String written, LocalDate today, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			problems.add(FieldProblem.of(field, "verification.given-on.required"));
			return null;
		}
		String text = Normalizer.normalize(written.strip(), Normalizer.Form.NFKC).replace(" ", "");
		LocalDate day = null;
		try {
			Matcher western = WESTERN.matcher(text);
			Matcher reiwa = REIWA.matcher(text);
			if (western.matches()) {
				day = LocalDate.of(Integer.parseInt(western.group(1)), Integer.parseInt(western.group(2)),
						Integer.parseInt(western.group(3)));
			}
			else if (reiwa.matches()) {
				int year = reiwa.group(1).equals("元") ? 1 : Integer.parseInt(reiwa.group(1));
				day = LocalDate.of(REIWA_OFFSET + year, Integer.parseInt(reiwa.group(2)),
						Integer.parseInt(reiwa.group(3)));
				if (day.isBefore(LocalDate.of(2019, 5, 1))) {
					day = null;
				}
			}
		}
		catch (DateTimeException ex) {
			day = null;
		}
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
