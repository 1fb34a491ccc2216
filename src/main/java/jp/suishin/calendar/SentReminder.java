package jp.suishin.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.notation.FiscalYear;

/**
 * What one reminder about an overdue step sent: to which planners (logins), when, with
 * which subject.
 *
 * @param sentOn the installation's day it was sent for
 * @param recipients how many addresses it went to
 */
public record SentReminder(long planId, FiscalYear year, StepKind kind, String label, LocalDate dueOn, LocalDate sentOn,
		Instant sentAt, String sentBy, int recipients, List<String> recipientLogins, String subject) {

	public SentReminder {
		recipientLogins = List.copyOf(recipientLogins);
	}

}
