package jp.suishin.activity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.suishin.activity.ActivityDates.Period;
import jp.suishin.activity.ActivityDates.Precision;
import jp.suishin.refusal.Refused;

/**
 * Reads and writes activity dates in the notations the documents use: 令和5年9月16日～17日, 夏
 * 令和5年 7月7日～13日 / 冬 令和5年10月6日～19日, 令和5年11月28日・30日, R5.12月～, 令和6年4月27日、5月26日,
 * ①令和6年9月14日～15日 ②令和6年9月26日～29日, 令和5年9月23日(土). The only place that knows these notations;
 * the eras come from {@link JapaneseDate}.
 */
public final class ActivityDateNotation {

	/** The field that refusals name. */
	public static final String FIELD = "dates";

	private static final Pattern SEPARATOR = Pattern.compile("^[\\s/／、，,・①-⑳]+");

	private static final Pattern LABEL = Pattern
		.compile("^(?!令和|平成|昭和|[RHS]\\d)([^\\d\\s/／、，,・①-⑳～~〜\\-－]+?)\\s*(?=令和|平成|昭和|R\\d|H\\d|\\d)");

	private static final Pattern DATE = Pattern
		.compile("^(?:(令和|平成|昭和|R|H|S)\\s*(元|\\d{1,2})\\s*(?:年|\\.)\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(?:(\\d{1,2})\\s*日)?"
				+ "(?:\\s*[(（][月火水木金土日祝・]+[)）])?");

	private static final Pattern RANGE = Pattern.compile("^\\s*[～~〜－\\-]\\s*");

	private ActivityDateNotation() {
	}

	/**
	 * Reads dates as a planner or a document writes them; blank is no date.
	 * @throws Refused naming {@link #FIELD} when the text is no date or an impossible one
	 * (令和5年2月30日)
	 */
	public static ActivityDates read(String text) {
		if (text == null || text.isBlank()) {
			return ActivityDates.none();
		}
		String rest = halfWidthDigits(text.strip().replace('　', ' '));
		Context context = new Context();
		List<Period> periods = new ArrayList<>();
		while (true) {
			rest = skip(SEPARATOR, rest);
			if (rest.isEmpty()) {
				break;
			}
			String label = null;
			Matcher labelled = LABEL.matcher(rest);
			if (labelled.find()) {
				label = labelled.group(1).strip();
				rest = rest.substring(labelled.end());
			}
			Matcher first = DATE.matcher(rest);
			if (!first.find() || first.end() == 0 || (first.group(3) == null && first.group(4) == null)) {
				throw invalid(text);
			}
			rest = rest.substring(first.end());
			Point from = context.point(first, text);
			Matcher range = RANGE.matcher(rest);
			if (range.find()) {
				rest = rest.substring(range.end());
				Matcher second = DATE.matcher(rest);
				if (second.find() && second.end() > 0 && (second.group(3) != null || second.group(4) != null)) {
					rest = rest.substring(second.end());
					Point to = context.point(second, text);
					LocalDate last = to.last();
					if (last.isBefore(from.first())) {
						throw invalid(text);
					}
					Precision precision = from.day && to.day ? Precision.DAY
							: (!from.day && !to.day ? Precision.MONTH : null);
					if (precision == null) {
						throw invalid(text);
					}
					periods.add(new Period(label, from.first(), last, precision));
				}
				else {
					periods.add(new Period(label, from.first(), null, from.precision()));
				}
			}
			else {
				periods.add(new Period(label, from.first(), from.last(), from.precision()));
			}
		}
		return new ActivityDates(periods);
	}

	/** The dates as the documents write them, in era notation; empty for no date. */
	public static String write(ActivityDates dates) {
		List<Period> periods = dates.periods();
		if (periods.isEmpty()) {
			return "";
		}
		boolean labelled = periods.stream().anyMatch(p -> p.label() != null && !p.label().isBlank());
		boolean singleDays = periods.stream()
			.allMatch(p -> p.precision() == Precision.DAY && p.first().equals(p.last()));
		StringBuilder out = new StringBuilder();
		if (labelled || periods.size() == 1) {
			for (Period period : periods) {
				if (out.length() > 0) {
					out.append(" / ");
				}
				if (period.label() != null && !period.label().isBlank()) {
					out.append(period.label().strip()).append(' ');
				}
				out.append(writePeriod(period));
			}
			return out.toString();
		}
		if (singleDays) {
			LocalDate previous = null;
			for (Period period : periods) {
				LocalDate day = period.first();
				if (previous == null || !sameEraYear(previous, day)) {
					if (previous != null) {
						out.append('、');
					}
					out.append(full(day));
				}
				else if (previous.getMonthValue() != day.getMonthValue()) {
					out.append('、').append(day.getMonthValue()).append('月').append(day.getDayOfMonth()).append('日');
				}
				else {
					out.append('・').append(day.getDayOfMonth()).append('日');
				}
				previous = day;
			}
			return out.toString();
		}
		int n = 0;
		for (Period period : periods) {
			if (n > 0) {
				out.append(' ');
			}
			out.append((char) ('①' + n)).append(writePeriod(period));
			n++;
		}
		return out.toString();
	}

	private static String writePeriod(Period period) {
		if (period.precision() == Precision.MONTH) {
			StringBuilder out = new StringBuilder(shortMonth(period.first()));
			YearMonth month = YearMonth.from(period.first());
			if (period.last() == null) {
				out.append('～');
			}
			else if (!YearMonth.from(period.last()).equals(month)) {
				out.append('～');
				if (sameEraYear(period.first(), period.last())) {
					out.append(period.last().getMonthValue()).append('月');
				}
				else {
					out.append(shortMonth(period.last()));
				}
			}
			return out.toString();
		}
		StringBuilder out = new StringBuilder(full(period.first()));
		LocalDate last = period.last();
		if (last == null) {
			return out.append('～').toString();
		}
		if (last.equals(period.first())) {
			return out.toString();
		}
		out.append('～');
		if (!sameEraYear(period.first(), last)) {
			out.append(full(last));
		}
		else if (last.getMonthValue() != period.first().getMonthValue()) {
			out.append(last.getMonthValue()).append('月').append(last.getDayOfMonth()).append('日');
		}
		else {
			out.append(last.getDayOfMonth()).append('日');
		}
		return out.toString();
	}

	private static String full(LocalDate day) {
		JapaneseDate date = JapaneseDate.from(day);
		int year = date.get(ChronoField.YEAR_OF_ERA);
		return eraName(date.getEra()) + (year == 1 ? "元" : Integer.toString(year)) + "年" + day.getMonthValue() + "月"
				+ day.getDayOfMonth() + "日";
	}

	private static String shortMonth(LocalDate day) {
		JapaneseDate date = JapaneseDate.from(day);
		return eraLetter(date.getEra()) + date.get(ChronoField.YEAR_OF_ERA) + "." + day.getMonthValue() + "月";
	}

	private static boolean sameEraYear(LocalDate a, LocalDate b) {
		JapaneseDate x = JapaneseDate.from(a);
		JapaneseDate y = JapaneseDate.from(b);
		return x.getEra().equals(y.getEra()) && x.get(ChronoField.YEAR_OF_ERA) == y.get(ChronoField.YEAR_OF_ERA);
	}

	private static String eraName(JapaneseEra era) {
		return era.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN);
	}

	private static String eraLetter(JapaneseEra era) {
		if (era.equals(JapaneseEra.REIWA)) {
			return "R";
		}
		if (era.equals(JapaneseEra.HEISEI)) {
			return "H";
		}
		if (era.equals(JapaneseEra.SHOWA)) {
			return "S";
		}
		return eraName(era);
	}

	private static JapaneseEra era(String name) {
		switch (name) {
			case "令和":
			case "R":
				return JapaneseEra.REIWA;
			case "平成":
			case "H":
				return JapaneseEra.HEISEI;
			default:
				return JapaneseEra.SHOWA;
		}
	}

	/** Full-width digits (令和６年10月21日) read as the digits they are. */
	private static String halfWidthDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
		}
		return out.toString();
	}

	private static String skip(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? text.substring(m.end()) : text;
	}

	private static Refused invalid(String text) {
		return Refused.invalid(FIELD, "activity.dates.invalid", text);
	}

	/** The era, year and month carried from one date of a notation to the next. */
	private static final class Context {

		JapaneseEra era;

		int year;

		Integer month;

		Point point(Matcher date, String text) {
			if (date.group(1) != null) {
				era = era(date.group(1));
				year = date.group(2).equals("元") ? 1 : Integer.parseInt(date.group(2));
				month = null;
			}
			if (era == null) {
				throw invalid(text);
			}
			if (date.group(3) != null) {
				month = Integer.parseInt(date.group(3));
			}
			if (month == null) {
				throw invalid(text);
			}
			try {
				if (date.group(4) == null) {
					LocalDate first = LocalDate.from(JapaneseDate.of(era, year, month, 1));
					return new Point(first, YearMonth.from(first).atEndOfMonth(), false);
				}
				LocalDate day = LocalDate.from(JapaneseDate.of(era, year, month, Integer.parseInt(date.group(4))));
				return new Point(day, day, true);
			}
			catch (DateTimeException ex) {
				throw invalid(text);
			}
		}

	}

	private record Point(LocalDate first, LocalDate last, boolean day) {

		Precision precision() {
			return day ? Precision.DAY : Precision.MONTH;
		}

	}

}
