package jp.suishin.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jp.suishin.notation.FiscalYear;

/**
 * A step as it is kept: its plan and data year, and {@code seq} (1, 2, … for the expert
 * meetings, 0 for the other kinds).
 */
public record StoredStep(long id, long planId, FiscalYear year, StepKind kind, int seq, String label, LocalDate date,
		Instant doneAt, String doneBy) {

	CalendarStep step() {
		return new CalendarStep(id, kind, label, date, doneAt != null, doneAt, doneBy);
	}

}
