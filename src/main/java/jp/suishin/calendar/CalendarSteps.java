package jp.suishin.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;

/** Where the calendars' steps and the reminders sent about them are kept. */
public interface CalendarSteps {

	/** A plan's stored steps of a data year. */
	List<StoredStep> of(long planId, FiscalYear year);

	Optional<StoredStep> find(long stepId);

	/**
	 * Adds a step.
	 * @throws jp.suishin.refusal.Refused conflict when a step of the same kind and seq
	 * was stored meanwhile
	 */
	long add(long planId, FiscalYear year, StepKind kind, int seq, String label, LocalDate date, String actor);

	void change(long stepId, String label, LocalDate date, String actor);

	void remove(long stepId);

	/** Marks a step done ({@code at} and {@code by}) or not done (both {@code null}). */
	void mark(long stepId, Instant at, String by, String actor);

	/** The data years that have stored steps, newest first. */
	List<FiscalYear> yearsOf(long planId);

	/**
	 * The plans and data years with a stored step not done whose date is before the day:
	 * what the daily reminders go through (the collection deadlines come from the
	 * collections).
	 */
	List<PlanYear> withStepsDueBefore(LocalDate day);

	void addReminder(SentReminder reminder);

	/** The reminders sent about a plan's year, newest first. */
	List<SentReminder> reminders(long planId, FiscalYear year);

	record PlanYear(long planId, FiscalYear year) {
	}

}
