package jp.suishin.audit.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.storage.CopyIn;
import jp.suishin.storage.PlanVersions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuditTrail implements AuditTrail {

	/** The sizes of audit_entry's columns (V4, V6). */
	static final int DETAIL_MAX = 200;

	static final int VALUE_MAX = 8000;

	static final int REASON_MAX = 2000;

	/** Rows sent to the database in one round trip. */
	static final int BATCH = 1000;

	/**
	 * A bulk import's entries on PostgreSQL (a batch of at least {@link #BATCH}): one
	 * entry per KPI and year makes as many entries as values.
	 */
	static final String COPY = """
			COPY audit_entry (occurred_at, actor, subject_kind, subject_id, action, detail, before_value, after_value,
			                  reason) FROM STDIN""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final Clock clock;

	private final PlanVersions versions;

	JdbcAuditTrail(JdbcClient jdbc, JdbcTemplate batches, Clock clock, PlanVersions versions) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
		this.versions = versions;
	}

	@Override
	public void record(String actor, AuditSubject subject, AuditAction action, String detail, String before,
			String after, String reason) {
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, actor, subject_kind, subject_id, action, detail, before_value,
				                         after_value, reason)
				VALUES (:at, :actor, :kind, :id, :action, :detail, :before, :after, :reason)""")
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.param("kind", subject.kind().name())
			.param("id", subject.id())
			.param("action", action.name())
			.param("detail", capped(detail, DETAIL_MAX))
			.param("before", capped(before, VALUE_MAX))
			.param("after", capped(after, VALUE_MAX))
			.param("reason", capped(reason, REASON_MAX))
			.update();
		changed(List.of(subject));
	}

	@Override
	public void recordAll(List<Change> changes) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		if (changes.size() < BATCH || !CopyIn.write(batches, COPY, changes, (text, c) -> row(text, now, c))) {
			insert(changes, now);
		}
		changed(changes.stream().map(Change::subject).toList());
	}

	private void insert(List<Change> changes, Timestamp now) {
		batches.batchUpdate("""
				INSERT INTO audit_entry (occurred_at, actor, subject_kind, subject_id, action, detail, before_value,
				                         after_value, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", changes, BATCH, (ps, c) -> {
			ps.setTimestamp(1, now);
			ps.setString(2, c.actor());
			ps.setString(3, c.subject().kind().name());
			ps.setLong(4, c.subject().id());
			ps.setString(5, c.action().name());
			ps.setString(6, capped(c.detail(), DETAIL_MAX));
			ps.setString(7, capped(c.before(), VALUE_MAX));
			ps.setString(8, capped(c.after(), VALUE_MAX));
			ps.setString(9, capped(c.reason(), REASON_MAX));
		});
	}

	/**
	 * A change as a row of {@link #COPY}, cut to the columns' sizes as a batch insert
	 * cuts it.
	 */
	private static void row(StringBuilder text, Timestamp now, Change c) {
		text.append(now.toInstant()).append('\t').append(CopyIn.text(c.actor())).append('\t');
		text.append(c.subject().kind().name()).append('\t').append(c.subject().id()).append('\t');
		text.append(c.action().name()).append('\t').append(CopyIn.text(capped(c.detail(), DETAIL_MAX))).append('\t');
		text.append(CopyIn.text(capped(c.before(), VALUE_MAX))).append('\t');
		text.append(CopyIn.text(capped(c.after(), VALUE_MAX))).append('\t');
		text.append(CopyIn.text(capped(c.reason(), REASON_MAX))).append('\n');
	}

	/**
	 * A change recorded is a change made: the plans it touches have a new version when
	 * the transaction commits (what a node's kept public pages are compared with).
	 */
	private void changed(List<AuditSubject> subjects) {
		List<Long> kpis = new ArrayList<>();
		for (AuditSubject subject : subjects) {
			if (subject.kind() == AuditSubject.Kind.PLAN) {
				versions.changed(subject.id());
			}
			else if (subject.kind() == AuditSubject.Kind.KPI) {
				kpis.add(subject.id());
			}
		}
		if (!kpis.isEmpty()) {
			versions.changedKpis(kpis);
		}
	}

	@Override
	public List<AuditEntry> of(AuditSubject subject) {
		return jdbc.sql("""
				SELECT * FROM audit_entry WHERE subject_kind = :kind AND subject_id = :id
				ORDER BY occurred_at DESC, id DESC""")
			.param("kind", subject.kind().name())
			.param("id", subject.id())
			.query((rs, n) -> new AuditEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), subject,
					AuditAction.valueOf(rs.getString("action")), rs.getString("detail"), rs.getString("before_value"),
					rs.getString("after_value"), rs.getString("reason")))
			.list();
	}

	/**
	 * What a column holds: a longer text is cut with an ellipsis, so that recording a
	 * change never fails the change itself.
	 */
	static String capped(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
