package jp.suishin.meeting;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.suishin.notation.DayNotation;
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
		Optional<LocalDate> read = DayNotation.parse(written, year);
		if (read.isEmpty()) {
			problems.add(FieldProblem.of(field,
					DayNotation.writtenLikeADay(written) ? "meeting.day.impossible" : "meeting.day.invalid",
					written.strip()));
			return null;
		}
		LocalDate day = read.get();
		if (year != null && (day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1) != year.value()) {
			problems.add(FieldProblem.of(field, "meeting.day.outside-year", written(day), year.eraLabel()));
			return null;
		}
		return day;
	}

	/** A day as the pages print it: 令和6年8月8日. */
	public static String written(LocalDate day) {
		JapaneseDate date = JapaneseDate.from(day);
		int eraYear = date.get(ChronoField.YEAR_OF_ERA);
		return date.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (eraYear == 1 ? "元" : eraYear) + "年"
				+ day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

}
