package jp.suishin.logicmodel.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.logicmodel.LogicElement;
import jp.suishin.logicmodel.LogicElementContent;
import jp.suishin.logicmodel.LogicModelRecords;
import jp.suishin.logicmodel.LogicStage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The logic models' elements (V20's table {@code logic_model_element}). The stage is
 * stored as its code; rows are ordered by stage (input first) and position in Java, the
 * codes not sorting as the stages do.
 */
@Repository
class JdbcLogicModelRecords implements LogicModelRecords {

	private static final Comparator<LogicElement> DRAWING_ORDER = Comparator
		.comparing((LogicElement e) -> e.stage().ordinal())
		.thenComparingInt(LogicElement::position)
		.thenComparingLong(LogicElement::id);

	private static final String COLUMNS = "id, program_id, stage, position, description, kpi_id";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcLogicModelRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<LogicElement> element(long elementId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM logic_model_element WHERE id = :id")
			.param("id", elementId)
			.query(JdbcLogicModelRecords::element)
			.optional();
	}

	@Override
	public List<LogicElement> elements(long programId) {
		return elementsOf(List.of(programId)).getOrDefault(programId, List.of());
	}

	@Override
	public Map<Long, List<LogicElement>> elementsOf(Collection<Long> programIds) {
		Map<Long, List<LogicElement>> byProgram = new LinkedHashMap<>();
		if (programIds.isEmpty()) {
			return byProgram;
		}
		List<LogicElement> rows = jdbc.sql("SELECT " + COLUMNS + " FROM logic_model_element WHERE program_id IN (:ids)")
			.param("ids", List.copyOf(programIds))
			.query(JdbcLogicModelRecords::element)
			.list();
		List<LogicElement> sorted = new ArrayList<>(rows);
		sorted.sort(DRAWING_ORDER);
		for (LogicElement element : sorted) {
			byProgram.computeIfAbsent(element.programId(), k -> new ArrayList<>()).add(element);
		}
		return byProgram;
	}

	@Override
	public long add(long programId, LogicElementContent content, String actor) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO logic_model_element (program_id, stage, position, description, kpi_id,
				                                 created_at, created_by, updated_at, updated_by)
				VALUES (:program, :stage, :position, :text, :kpi, :now, :actor, :now, :actor)""")
			.param("program", programId)
			.param("stage", content.stage().code())
			.param("position", nextPosition(programId, content.stage()))
			.param("text", content.text())
			.param("kpi", content.kpiId())
			.param("now", now)
			.param("actor", actor)
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Override
	public void update(long elementId, LogicElementContent content, String actor) {
		LogicElement element = element(elementId).orElseThrow();
		int position = element.stage() == content.stage() ? element.position()
				: nextPosition(element.programId(), content.stage());
		jdbc.sql("""
				UPDATE logic_model_element SET stage = :stage, position = :position, description = :text,
				       kpi_id = :kpi, updated_at = :now, updated_by = :actor
				WHERE id = :id""")
			.param("stage", content.stage().code())
			.param("position", position)
			.param("text", content.text())
			.param("kpi", content.kpiId())
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.param("id", elementId)
			.update();
	}

	@Override
	public void remove(long elementId) {
		jdbc.sql("DELETE FROM logic_model_element WHERE id = :id").param("id", elementId).update();
	}

	@Override
	public void order(List<Long> elementIds) {
		for (int i = 0; i < elementIds.size(); i++) {
			jdbc.sql("UPDATE logic_model_element SET position = :position WHERE id = :id")
				.param("position", i + 1)
				.param("id", elementIds.get(i))
				.update();
		}
	}

	private int nextPosition(long programId, LogicStage stage) {
		return jdbc.sql(
				"SELECT COALESCE(MAX(position), 0) FROM logic_model_element WHERE program_id = :program AND stage = :stage")
			.param("program", programId)
			.param("stage", stage.code())
			.query(Integer.class)
			.single() + 1;
	}

	private static LogicElement element(ResultSet rs, int row) throws SQLException {
		long kpi = rs.getLong("kpi_id");
		Long kpiId = rs.wasNull() ? null : kpi;
		return new LogicElement(rs.getLong("id"), rs.getLong("program_id"),
				LogicStage.parse(rs.getString("stage")).orElseThrow(), rs.getInt("position"),
				rs.getString("description"), kpiId);
	}

}
