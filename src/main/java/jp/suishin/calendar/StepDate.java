package jp.suishin.calendar;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final Pattern WESTERN = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$");

	private static final Pattern ERA = Pattern.compile("^(令和|平成|R|H)(元|\\d{1,2})[.年](\\d{1,2})[.月](\\d{1,2})日?$");

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
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase();
		try {
			Matcher western = WESTERN.matcher(s);
			if (western.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(western.group(1)), Integer.parseInt(western.group(2)),
						Integer.parseInt(western.group(3))));
			}
			Matcher era = ERA.matcher(s);
			if (era.matches()) {
				JapaneseEra name = era.group(1).equals("令和") || era.group(1).equals("R") ? JapaneseEra.REIWA
						: JapaneseEra.HEISEI;
				int y = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
				return Optional.of(LocalDate
					.from(JapaneseDate.of(name, y, Integer.parseInt(era.group(3)), Integer.parseInt(era.group(4)))));
			}
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

}
