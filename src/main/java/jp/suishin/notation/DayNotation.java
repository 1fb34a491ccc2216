package jp.suishin.notation;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as people write it, the one reading of a written day for every form that takes
 * one (a calendar step, an opinion, a donation, a meeting): {@code 2024-05-10} (what a
 * browser's date field sends), {@code 2024/5/10}, {@code 2024年5月10日}, {@code 令和6年5月10日},
 * {@code R6.5.10}, {@code 令和元年6月1日}, {@code H31.4.1}, full-width digits and a weekday in
 * brackets ({@code （木）}) too. An era's day outside the era ({@code 令和元年4月1日},
 * {@code 平成31年5月1日}) and a day not in the calendar ({@code 2月30日}) are no day.
 */
public final class DayNotation {

	private static final Pattern WESTERN = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$");

	private static final Pattern ERA = Pattern.compile("^(令和|平成|R|H)(元|\\d{1,2})[.年](\\d{1,2})[.月](\\d{1,2})日?$");

	private static final Pattern MONTH_DAY = Pattern.compile("^(\\d{1,2})[/月](\\d{1,2})日?$");

	private static final Pattern WEEKDAY = Pattern.compile("[(][月火水木金土日祝・]+[)]$");

	private static final Pattern WHITESPACE = Pattern.compile("\\s");

	private DayNotation() {
	}

	/** The day, or empty when the text is no day of the calendar. */
	public static Optional<LocalDate> parse(String written) {
		return parse(written, null);
	}

	/**
	 * The day, where a month and day alone ({@code 8/8}, {@code 8月8日}, as schedules print
	 * them) fall in {@code within} (April to December in its first calendar year, January
	 * to March in the next); without a fiscal year they are no day.
	 */
	public static Optional<LocalDate> parse(String written, FiscalYear within) {
		if (written == null) {
			return Optional.empty();
		}
		String s = normalised(written);
		try {
			Matcher western = WESTERN.matcher(s);
			if (western.matches()) {
				return Optional.of(LocalDate.of(number(western, 1), number(western, 2), number(western, 3)));
			}
			Matcher era = ERA.matcher(s);
			if (era.matches()) {
				JapaneseEra name = era.group(1).equals("令和") || era.group(1).equals("R") ? JapaneseEra.REIWA
						: JapaneseEra.HEISEI;
				int year = era.group(2).equals("元") ? 1 : number(era, 2);
				return Optional.of(LocalDate.from(JapaneseDate.of(name, year, number(era, 3), number(era, 4))));
			}
			Matcher monthDay = MONTH_DAY.matcher(s);
			if (monthDay.matches() && within != null) {
				int month = number(monthDay, 1);
				return Optional
					.of(LocalDate.of(month >= 4 ? within.value() : within.value() + 1, month, number(monthDay, 2)));
			}
		}
		catch (DateTimeException ex) {
			// not a day of the calendar, or not of the era
		}
		return Optional.empty();
	}

	/**
	 * Whether the text is written like a day, so that a form can tell an impossible day
	 * ({@code 2月30日}) from a text that is no day at all.
	 */
	public static boolean writtenLikeADay(String written) {
		if (written == null) {
			return false;
		}
		String s = normalised(written);
		return WESTERN.matcher(s).matches() || ERA.matcher(s).matches() || MONTH_DAY.matcher(s).matches();
	}

	private static String normalised(String written) {
		String s = WHITESPACE.matcher(Normalizer.normalize(written, Normalizer.Form.NFKC)).replaceAll("");
		return WEEKDAY.matcher(s).replaceFirst("").toUpperCase(Locale.ROOT);
	}

	private static int number(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group));
	}

}
