package jp.suishin.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;

/** The audit trail in memory: every entry in the order recorded, noted in the journal. */
public final class InMemoryAuditTrail implements AuditTrail {

	private final List<AuditEntry> entries = new ArrayList<>();

	private final Clock clock;

	private final InMemoryWork work;

	public InMemoryAuditTrail(Clock clock, InMemoryWork work) {
		this.clock = clock;
		this.work = work;
	}

	@Override
	public void record(String actor, AuditSubject subject, AuditAction action, String detail, String before,
			String after, String reason) {
		entries.add(new AuditEntry(clock.instant(), actor, subject, action, detail, before, after, reason));
		work.note("audit " + action);
	}

	@Override
	public List<AuditEntry> of(AuditSubject subject) {
		return entries.stream().filter(e -> e.subject().equals(subject)).toList();
	}

	/** Every entry recorded, of every subject. */
	public List<AuditEntry> entries() {
		return List.copyOf(entries);
	}

}
