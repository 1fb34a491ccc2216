package jp.suishin.verification.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;
import jp.suishin.verification.EffectAssessment;
import jp.suishin.verification.FollowUp;
import jp.suishin.verification.FuturePolicy;
import jp.suishin.verification.Opinion;
import jp.suishin.verification.OpinionContent;
import jp.suishin.verification.OpinionSubject;
import jp.suishin.verification.ProjectEffect;
import jp.suishin.verification.VerificationRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** A plan's opinions and effect-verification form as the use cases write them (V19). */
@Repository
class JdbcVerificationRecords implements VerificationRecords {

	private static final String OPINION = """
			SELECT id, plan_id, fiscal_year, subject_kind, subject_id, expert_name, expert_account_id, given_on, text,
			       response, responded_by, responded_at, follow_up, follow_up_note, followed_up_by, followed_up_at,
			       created_by
			FROM expert_opinion""";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcVerificationRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<Opinion> opinion(long opinionId) {
		return jdbc.sql(OPINION + " WHERE id = :id").param("id", opinionId).query(this::mapOpinion).optional();
	}

	@Override
	public List<Opinion> opinions(long planId, FiscalYear year) {
		return jdbc.sql(OPINION + " WHERE plan_id = :plan AND fiscal_year = :year ORDER BY given_on, id")
			.param("plan", planId)
			.param("year", year.value())
			.query(this::mapOpinion)
			.list();
	}

	private Opinion mapOpinion(ResultSet rs, int row) throws SQLException {
		long subjectId = rs.getLong("subject_id");
		OpinionSubject.Kind kind = OpinionSubject.Kind.valueOf(rs.getString("subject_kind"));
		long account = rs.getLong("expert_account_id");
		Long expertAccount = rs.wasNull() ? null : account;
		String followUp = rs.getString("follow_up");
		return new Opinion(rs.getLong("id"), rs.getLong("plan_id"), FiscalYear.of(rs.getInt("fiscal_year")),
				new OpinionSubject(kind, kind == OpinionSubject.Kind.PLAN ? null : subjectId),
				rs.getString("expert_name"), expertAccount, rs.getDate("given_on").toLocalDate(), rs.getString("text"),
				rs.getString("response"), rs.getString("responded_by"), instant(rs.getTimestamp("responded_at")),
				followUp == null ? null : FollowUp.valueOf(followUp), rs.getString("follow_up_note"),
				rs.getString("followed_up_by"), instant(rs.getTimestamp("followed_up_at")), rs.getString("created_by"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}

	@Override
	public long addOpinion(long planId, FiscalYear year, OpinionContent content, Long expertAccountId, String actor) {
		KeyHolder key = new GeneratedKeyHolder();
		Timestamp now = now();
		jdbc.sql("""
				INSERT INTO expert_opinion (plan_id, fiscal_year, subject_kind, subject_id, expert_name,
				                            expert_account_id, given_on, text, created_at, created_by, updated_at,
				                            updated_by)
				VALUES (:plan, :year, :kind, :subject, :expert, :account, :given, :text, :now, :actor, :now, :actor)""")
			.param("plan", planId)
			.param("year", year.value())
			.param("kind", content.subject().kind().name())
			.param("subject", content.subject().id())
			.param("expert", content.expert())
			.param("account", expertAccountId)
			.param("given", Date.valueOf(content.givenOn()))
			.param("text", content.text())
			.param("now", now)
			.param("actor", actor)
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Override
	public void updateOpinion(long opinionId, OpinionContent content, String actor) {
		jdbc.sql("""
				UPDATE expert_opinion SET subject_kind = :kind, subject_id = :subject, expert_name = :expert,
				       given_on = :given, text = :text, updated_at = :now, updated_by = :actor
				WHERE id = :id""")
			.param("kind", content.subject().kind().name())
			.param("subject", content.subject().id())
			.param("expert", content.expert())
			.param("given", Date.valueOf(content.givenOn()))
			.param("text", content.text())
			.param("now", now())
			.param("actor", actor)
			.param("id", opinionId)
			.update();
	}

	@Override
	public void removeOpinion(long opinionId) {
		jdbc.sql("DELETE FROM expert_opinion WHERE id = :id").param("id", opinionId).update();
	}

	@Override
	public void saveResponse(long opinionId, String response, String actor) {
		Timestamp now = now();
		jdbc.sql("""
				UPDATE expert_opinion SET response = :response, responded_by = :actor, responded_at = :now,
				       updated_at = :now, updated_by = :actor
				WHERE id = :id""")
			.param("response", response)
			.param("actor", actor)
			.param("now", now)
			.param("id", opinionId)
			.update();
	}

	@Override
	public void saveFollowUp(long opinionId, FollowUp followUp, String note, String actor) {
		Timestamp now = now();
		jdbc.sql("""
				UPDATE expert_opinion SET follow_up = :followUp, follow_up_note = :note, followed_up_by = :actor,
				       followed_up_at = :now, updated_at = :now, updated_by = :actor
				WHERE id = :id""")
			.param("followUp", followUp.name())
			.param("note", note)
			.param("actor", actor)
			.param("now", now)
			.param("id", opinionId)
			.update();
	}

	private static final String EFFECT = """
			SELECT plan_id, fiscal_year, kpi_id, effect, expert_opinion, policy, policy_reason, updated_by, updated_at
			FROM effect_verification""";

	@Override
	public List<EffectAssessment> effects(long planId, FiscalYear year) {
		return jdbc.sql(EFFECT + " WHERE plan_id = :plan AND fiscal_year = :year ORDER BY kpi_id")
			.param("plan", planId)
			.param("year", year.value())
			.query(JdbcVerificationRecords::effect)
			.list();
	}

	@Override
	public Optional<EffectAssessment> effect(long planId, FiscalYear year, long kpiId) {
		return jdbc.sql(EFFECT + " WHERE plan_id = :plan AND fiscal_year = :year AND kpi_id = :kpi")
			.param("plan", planId)
			.param("year", year.value())
			.param("kpi", kpiId)
			.query(JdbcVerificationRecords::effect)
			.optional();
	}

	private static EffectAssessment effect(ResultSet rs, int row) throws SQLException {
		String effect = rs.getString("effect");
		String policy = rs.getString("policy");
		return new EffectAssessment(rs.getLong("plan_id"), FiscalYear.of(rs.getInt("fiscal_year")),
				rs.getLong("kpi_id"), effect == null ? null : ProjectEffect.valueOf(effect),
				rs.getString("expert_opinion"), policy == null ? null : FuturePolicy.valueOf(policy),
				rs.getString("policy_reason"), rs.getString("updated_by"), instant(rs.getTimestamp("updated_at")));
	}

	@Override
	public void saveEffect(long planId, FiscalYear year, long kpiId, ProjectEffect effect, String expertOpinion,
			FuturePolicy policy, String policyReason, String actor) {
		jdbc.sql("DELETE FROM effect_verification WHERE plan_id = :plan AND fiscal_year = :year AND kpi_id = :kpi")
			.param("plan", planId)
			.param("year", year.value())
			.param("kpi", kpiId)
			.update();
		if (effect == null && expertOpinion == null && policy == null && policyReason == null) {
			return;
		}
		jdbc.sql("""
				INSERT INTO effect_verification (plan_id, fiscal_year, kpi_id, effect, expert_opinion, policy,
				                                 policy_reason, updated_at, updated_by)
				VALUES (:plan, :year, :kpi, :effect, :opinion, :policy, :reason, :now, :actor)""")
			.param("plan", planId)
			.param("year", year.value())
			.param("kpi", kpiId)
			.param("effect", effect == null ? null : effect.name())
			.param("opinion", expertOpinion)
			.param("policy", policy == null ? null : policy.name())
			.param("reason", policyReason)
			.param("now", now())
			.param("actor", actor)
			.update();
	}

}
