package jp.suishin.report.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;
import jp.suishin.report.AnalysisRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcAnalysisRepository implements AnalysisRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAnalysisRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
		delete(planId, year);
		jdbc.sql("""
				INSERT INTO plan_analysis (plan_id, fiscal_year, text, updated_at, updated_by)
				VALUES (:plan, :year, :text, :now, :user)""")
			.param("plan", planId)
			.param("year", year.value())
			.param("text", text)
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("user", user)
			.update();
	}

	@Override
	public void delete(long planId, FiscalYear year) {
		jdbc.sql("DELETE FROM plan_analysis WHERE plan_id = :plan AND fiscal_year = :year")
			.param("plan", planId)
			.param("year", year.value())
			.update();
	}

}
