package jp.suishin.report.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.report.PlanNotFoundException;
import jp.suishin.report.SchemeRevision;
import jp.suishin.report.SchemeRevisions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcSchemeRevisions implements SchemeRevisions {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PlanRepository plans;

	JdbcSchemeRevisions(JdbcClient jdbc, Clock clock, PlanRepository plans) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.plans = plans;
	}

	@Override
	public List<SchemeRevision> ofPlan(long planId) {
		return jdbc.sql("SELECT * FROM plan_scheme_revision WHERE plan_id = :plan ORDER BY id")
			.param("plan", planId)
			.query(JdbcSchemeRevisions::map)
			.list();
	}

	@Override
	public Map<Long, List<SchemeRevision>> ofPlans(Collection<Long> planIds) {
		Map<Long, List<SchemeRevision>> byPlan = new HashMap<>();
		if (planIds.isEmpty()) {
			return byPlan;
		}
		jdbc.sql("SELECT * FROM plan_scheme_revision WHERE plan_id IN (:plans) ORDER BY id")
			.param("plans", planIds)
			.query(JdbcSchemeRevisions::map)
			.list()
			.forEach(r -> byPlan.computeIfAbsent(r.planId(), id -> new ArrayList<>()).add(r));
		return byPlan;
	}

	private static SchemeRevision map(ResultSet rs, int row) throws SQLException {
		return new SchemeRevision(rs.getLong("plan_id"), FiscalYear.of(rs.getInt("from_year")), rs.getString("scheme"),
				rs.getString("previous_scheme"), rs.getTimestamp("created_at").toInstant(), rs.getString("reason"),
				rs.getString("created_by"));
	}

	@Override
	@Transactional
	public void revise(long planId, FiscalYear from, String scheme, String reason, String user) {
		Plan plan = plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		jdbc.sql("""
				INSERT INTO plan_scheme_revision (plan_id, from_year, scheme, previous_scheme, reason, created_at,
				                                  created_by)
				VALUES (:plan, :from, :scheme, :previous, :reason, :now, :user)""")
			.param("plan", planId)
			.param("from", from.value())
			.param("scheme", scheme)
			.param("previous", plan.scheme())
			.param("reason", reason)
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("user", user)
			.update();
		plans.changeScheme(planId, scheme, user);
	}

}
