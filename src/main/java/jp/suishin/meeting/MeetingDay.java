package jp.suishin.meeting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.FieldProblem;

/**
 * A meeting's day as people write it: {@code 2024-08-08} (the date field of a browser),
 * {@code 2024/8/8}, {@code 令和6年8月8日}, {@code R6.8.8}, or only month and day as the
 * schedules print them ({@code 8/8}, {@code 8月8日}), which fall in the meeting's fiscal
 * year (April to December in its first calendar year, January to March in the next).
 * Full-width digits are read too.
 */
public final class MeetingDay {

	private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

	private static final Pattern WESTERN = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	private static final Pattern ERA = Pattern
		.compile("(令和|平成|R|H)\\s*(元|\\d{1,2})\\s*(?:年|\\.)\\s*(\\d{1,2})\\s*(?:月|\\.)\\s*(\\d{1,2})\\s*日?");

	private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*(?:/|月)\\s*(\\d{1,2})\\s*日?");

	private static final Pattern WEEKDAY = Pattern.compile("\\s*[(（][月火水木金土日祝・]+[)）]\\s*$");

	private MeetingDay() {
	}

	/**
	 * The day, or {@code null} for a blank one or after adding the field's problem: a
	 * text that is no day, an impossible day, or a day outside the fiscal year.
	 */
	static LocalDate read(String field, String written, FiscalYear year, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			return null;
		}
		String text = WEEKDAY.matcher(halfWidth(written.strip())).replaceFirst("");
		LocalDate day;
		try {
			day = parse(text, year);
		}
		catch (DateTimeException ex) {
			problems.add(FieldProblem.of(field, "meeting.day.impossible", written.strip()));
			return null;
		}
		if (day == null) {
			problems.add(FieldProblem.of(field, "meeting.day.invalid", written.strip()));
			return null;
		}
		if (year != null && (day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1) != year.value()) {
			problems.add(FieldProblem.of(field, "meeting.day.outside-year", written(day), year.eraLabel()));
			return null;
		}
		return day;
	}

	private static LocalDate parse(String text, FiscalYear year) {
		Matcher m = ISO.matcher(text);
		if (m.matches()) {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
		}
		m = WESTERN.matcher(text);
		if (m.matches()) {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
		}
		m = ERA.matcher(text);
		if (m.matches()) {
			JapaneseEra era = switch (m.group(1)) {
				case "令和", "R" -> JapaneseEra.REIWA;
				default -> JapaneseEra.HEISEI;
			};
			int eraYear = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
			return LocalDate
				.from(JapaneseDate.of(era, eraYear, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
		}
		m = MONTH_DAY.matcher(text);
		if (m.matches() && year != null) {
			int month = Integer.parseInt(m.group(1));
			return LocalDate.of(month >= 4 ? year.value() : year.value() + 1, month, Integer.parseInt(m.group(2)));
		}
		return null;
	}

	/** A day as the pages print it: 令和6年8月8日. */
	public static String written(LocalDate day) {
		JapaneseDate date = JapaneseDate.from(day);
		int eraYear = date.get(ChronoField.YEAR_OF_ERA);
		return date.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (eraYear == 1 ? "元" : eraYear) + "年"
				+ day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	private static String halfWidth(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c >= '０' && c <= '９') {
				out.append((char) (c - '０' + '0'));
			}
			else if (c == '／') {
				out.append('/');
			}
			else if (c == '．') {
				out.append('.');
			}
			else if (c == '－') {
				out.append('-');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
