package jp.suishin.audit;

import java.util.List;

/**
 * Where changes are recorded. There is deliberately no way to edit or remove an entry.
 */
public interface AuditTrail {

	/** Records a change made now by {@code actor}. */
	void record(String actor, AuditSubject subject, AuditAction action, String detail, String before, String after,
			String reason);

	/** A change to record, as {@link #record} takes it. */
	record Change(String actor, AuditSubject subject, AuditAction action, String detail, String before, String after,
			String reason) {
	}

	/**
	 * Records many changes made now, in one go: a batch import keeps every change
	 * attributable without a statement per change.
	 */
	default void recordAll(List<Change> changes) {
		for (Change c : changes) {
			record(c.actor(), c.subject(), c.action(), c.detail(), c.before(), c.after(), c.reason());
		}
	}

	/** Everything recorded about a subject, newest first. */
	List<AuditEntry> of(AuditSubject subject);

}
