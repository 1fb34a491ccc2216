package jp.suishin.audit;

import java.time.Instant;

/**
 * One change: who made it and when, what it was about, and the value before and after as
 * a report prints them.
 *
 * @param detail what within the subject changed, such as the fiscal year ({@code R6})
 * @param before {@code null} when there was nothing before
 * @param after {@code null} when the change removed it
 */
public record AuditEntry(Instant occurredAt, String actor, AuditSubject subject, AuditAction action, String detail,
		String before, String after, String reason) {
}
