package jp.suishin.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a data year's calendar.
 *
 * @param id the stored step's id; {@code null} for the collection deadline taken from the
 * year's collection
 * @param label a meeting's name (第1回 効果検証会議), or {@code null}
 * @param date when it is due
 * @param done whether it is done: marked by a planner, the collection locked, an edition
 * published
 * @param doneAt when it was marked or published; {@code null} when not known (a locked
 * collection) or not done
 * @param doneBy who marked it, or {@code null}
 */
public record CalendarStep(Long id, StepKind kind, String label, LocalDate date, boolean done, Instant doneAt,
		String doneBy) {

	/** Overdue: not done, and its day has passed. */
	public boolean overdueOn(LocalDate today) {
		return !done && today.isAfter(date);
	}

	/** Whether a planner may change its date or remove it here (not the collection's). */
	public boolean stored() {
		return id != null;
	}

	/** How the audit trail and the reminders name it: 外部有識者会議 第1回 2026-10-15. */
	String described(String kindName) {
		return kindName + (label == null ? "" : " " + label) + " " + date;
	}

}
