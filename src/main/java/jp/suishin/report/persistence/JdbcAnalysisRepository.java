package jp.suishin.report.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.notation.FiscalYear;
import jp.suishin.report.AnalysisRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcAnalysisRepository implements AnalysisRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	JdbcAnalysisRepository(JdbcClient jdbc, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	public Optional<SavedAnalysis> find(long planId, FiscalYear year) {
		return jdbc
			.sql("SELECT text, updated_at, updated_by FROM plan_analysis WHERE plan_id = :plan AND fiscal_year = :year")
			.param("plan", planId)
			.param("year", year.value())
			.query((rs, n) -> new SavedAnalysis(rs.getString("text"), rs.getTimestamp("updated_at").toInstant(),
					rs.getString("updated_by")))
			.optional();
	}

	@Override
	@Transactional
	public void save(long planId, FiscalYear year, String text, String user) {
		String before = find(planId, year).map(SavedAnalysis::text).orElse(null);
		remove(planId, year);
		jdbc.sql("""
				INSERT INTO plan_analysis (plan_id, fiscal_year, text, updated_at, updated_by)
				VALUES (:plan, :year, :text, :now, :user)""")
			.param("plan", planId)
			.param("year", year.value())
			.param("text", text)
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("user", user)
			.update();
		audit.record(user, AuditSubject.plan(planId), AuditAction.ANALYSIS_SAVED, year.eraLabel(), clip(before),
				clip(text), null);
	}

	@Override
	@Transactional
	public void delete(long planId, FiscalYear year, String user) {
		Optional<SavedAnalysis> before = find(planId, year);
		if (before.isPresent()) {
			remove(planId, year);
			audit.record(user, AuditSubject.plan(planId), AuditAction.ANALYSIS_RESET, year.eraLabel(),
					clip(before.get().text()), null, null);
		}
	}

	private void remove(long planId, FiscalYear year) {
		jdbc.sql("DELETE FROM plan_analysis WHERE plan_id = :plan AND fiscal_year = :year")
			.param("plan", planId)
			.param("year", year.value())
			.update();
	}

	/** The trail keeps the first 2,000 characters of a long text. */
	private static String clip(String text) {
		return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
	}

}
