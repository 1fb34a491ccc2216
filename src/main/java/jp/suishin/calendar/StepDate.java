package jp.suishin.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.suishin.notation.DayNotation;
import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.FieldProblem;

/**
 * A step's date as a planner writes it: {@code 2026-10-15} (the browser's date field),
 * {@code 2026/10/15}, {@code 令和8年10月15日}, {@code R8.10.15}, full-width digits too. It
 * must fall in the data year's evaluation cycle: from the year's 1 April to the end of
 * the fiscal year after next (the values of R6 are collected, verified and published in
 * R7).
 */
final class StepDate {

	private StepDate() {
	}

	/**
	 * The date, or empty after adding the problem naming {@code field}; blank is empty
	 * without a problem when {@code optional}.
	 */
	static Optional<LocalDate> read(String field, String text, FiscalYear year, boolean optional,
			List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			if (!optional) {
				problems.add(FieldProblem.of(field, "calendar.date.required"));
			}
			return Optional.empty();
		}
		String written = text.strip();
		Optional<LocalDate> date = parse(written);
		if (date.isEmpty()) {
			problems.add(FieldProblem.of(field, "calendar.date.invalid", written));
			return Optional.empty();
		}
		LocalDate first = LocalDate.of(year.value(), 4, 1);
		LocalDate last = LocalDate.of(year.value() + 3, 3, 31);
		if (date.get().isBefore(first) || date.get().isAfter(last)) {
			problems.add(FieldProblem.of(field, "calendar.date.outside-cycle", written, year.eraLabel(), first, last));
			return Optional.empty();
		}
		return date;
	}

	static Optional<LocalDate> parse(String text) {
		return DayNotation.parse(text);
	}

}
