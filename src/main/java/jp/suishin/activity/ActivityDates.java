package jp.suishin.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When an activity took place: one or several periods (a day, a range of days, a month, a
 * month onwards), each optionally labelled (夏 / 冬). Stored as dates; {@link #written()}
 * is how the documents write them (令和5年9月16日～17日, R5.12月～).
 */
public record ActivityDates(List<Period> periods) {

	public ActivityDates {
		periods = List.copyOf(periods);
	}

	public static ActivityDates none() {
		return new ActivityDates(List.of());
	}

	public boolean isEmpty() {
		return periods.isEmpty();
	}

	/** The first day of the first period, for ordering; empty when there is none. */
	public Optional<LocalDate> firstDay() {
		return periods.stream().map(Period::first).min(LocalDate::compareTo);
	}

	/**
	 * The dates as the documents write them, in era notation. Implemented by the activity
	 * module's notation ({@code ActivityDateNotation}), the one place that reads and
	 * writes them.
	 */
	public String written() {
		return ActivityDateNotation.write(this);
	}

	/**
	 * One period.
	 *
	 * @param label a season or name printed before it (夏), or {@code null}
	 * @param first the first day; for a month, its first day
	 * @param last the last day (equal to {@code first} for one day; for a month, its last
	 * day), or {@code null} when it runs on (～ with nothing after it)
	 * @param precision whether the document gave days or only a month
	 */
	public record Period(String label, LocalDate first, LocalDate last, Precision precision) {
	}

	public enum Precision {

		DAY, MONTH

	}

}
