package jp.suishin.audit;

import java.util.List;

/**
 * Where changes are recorded. There is deliberately no way to edit or remove an entry.
 */
public interface AuditTrail {

	/** Records a change made now by {@code actor}. */
	void record(String actor, AuditSubject subject, AuditAction action, String detail, String before, String after,
			String reason);

	/** Everything recorded about a subject, newest first. */
	List<AuditEntry> of(AuditSubject subject);

}
