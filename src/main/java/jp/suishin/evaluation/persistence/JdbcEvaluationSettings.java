package jp.suishin.evaluation.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.suishin.account.Role;
import jp.suishin.evaluation.EvaluationSettings;
import jp.suishin.evaluation.EvaluationStage;
import jp.suishin.evaluation.PersonnelCost;
import jp.suishin.notation.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The installation's stages and average personnel cost (V18). */
@Repository
class JdbcEvaluationSettings implements EvaluationSettings {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcEvaluationSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<EvaluationStage> stages() {
		return jdbc.sql("SELECT id, position, name, role FROM evaluation_stage ORDER BY position, id")
			.query((rs, n) -> new EvaluationStage(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
					Role.valueOf(rs.getString("role"))))
			.list();
	}

	@Override
	public long addStage(int position, String name, Role role) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO evaluation_stage (position, name, role) VALUES (:position, :name, :role)")
			.param("position", position)
			.param("name", name)
			.param("role", role.name())
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Override
	public void updateStage(long stageId, int position, String name, Role role) {
		jdbc.sql("UPDATE evaluation_stage SET position = :position, name = :name, role = :role WHERE id = :id")
			.param("position", position)
			.param("name", name)
			.param("role", role.name())
			.param("id", stageId)
			.update();
	}

	@Override
	public void removeStage(long stageId) {
		jdbc.sql("DELETE FROM evaluation_stage WHERE id = :id").param("id", stageId).update();
	}

	@Override
	public boolean stageUsed(long stageId) {
		return jdbc.sql("SELECT COUNT(*) FROM evaluation_stage_result WHERE stage_id = :id")
			.param("id", stageId)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public Optional<PersonnelCost> personnelCost() {
		return jdbc.sql("SELECT amount, amount_scale, unit FROM evaluation_personnel_cost WHERE id = 1")
			.query((rs, n) -> new PersonnelCost(rs.getBigDecimal("amount").setScale(rs.getInt("amount_scale")),
					Unit.of(rs.getString("unit"))))
			.optional();
	}

	@Override
	public void setPersonnelCost(PersonnelCost cost, String actor) {
		jdbc.sql("DELETE FROM evaluation_personnel_cost WHERE id = 1").update();
		jdbc.sql("""
				INSERT INTO evaluation_personnel_cost (id, amount, amount_scale, unit, updated_at, updated_by)
				VALUES (1, :amount, :scale, :unit, :now, :actor)""")
			.param("amount", cost.amount())
			.param("scale", Math.max(0, cost.amount().scale()))
			.param("unit", cost.unit().text())
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.update();
	}

}
