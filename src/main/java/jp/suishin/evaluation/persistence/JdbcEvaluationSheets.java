package jp.suishin.evaluation.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.account.Role;
import jp.suishin.evaluation.CompletedStage;
import jp.suishin.evaluation.EvaluationSheet;
import jp.suishin.evaluation.EvaluationSheets;
import jp.suishin.evaluation.EvaluationStage;
import jp.suishin.evaluation.FrozenFigures;
import jp.suishin.evaluation.FutureDirection;
import jp.suishin.evaluation.PersonnelCost;
import jp.suishin.evaluation.ProgramDecision;
import jp.suishin.evaluation.Rating;
import jp.suishin.evaluation.SheetContent;
import jp.suishin.evaluation.StageVerdict;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.refusal.Refused;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The evaluation sheets in V18's tables. Rows are read first and assembled afterwards, no
 * query inside a row mapper.
 */
@Repository
class JdbcEvaluationSheets implements EvaluationSheets {

	private static final String SELECT = """
			SELECT s.id, s.program_id, s.fiscal_year, s.department_id, s.purpose, s.target, s.means, s.intent, s.unit,
			       s.program_cost, s.program_cost_scale, s.general_fund, s.general_fund_scale, s.national_grant,
			       s.national_grant_scale, s.other_funds, s.other_funds_scale, s.staff_years, s.staff_years_scale,
			       s.frozen_at, s.frozen_donations, s.frozen_donations_scale, s.frozen_personnel_cost,
			       s.frozen_personnel_cost_scale, s.frozen_personnel_cost_unit
			FROM evaluation_sheet s""";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcEvaluationSheets(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<EvaluationSheet> find(long programId, FiscalYear year) {
		return assemble(jdbc.sql(SELECT + " WHERE s.program_id = :program AND s.fiscal_year = :year")
			.param("program", programId)
			.param("year", year.value())
			.query(JdbcEvaluationSheets::row)
			.list()).stream().findFirst();
	}

	@Override
	public Optional<EvaluationSheet> lock(long programId, FiscalYear year) {
		List<Long> locked = jdbc
			.sql("SELECT id FROM evaluation_sheet WHERE program_id = :program AND fiscal_year = :year FOR UPDATE")
			.param("program", programId)
			.param("year", year.value())
			.query(Long.class)
			.list();
		return locked.isEmpty() ? Optional.empty() : find(programId, year);
	}

	@Override
	public List<EvaluationSheet> ofPlan(long planId, FiscalYear year) {
		return assemble(jdbc.sql(SELECT + """
				 JOIN program p ON p.id = s.program_id JOIN plan_node n ON n.id = p.node_id
				WHERE n.plan_id = :plan AND s.fiscal_year = :year ORDER BY s.id""")
			.param("plan", planId)
			.param("year", year.value())
			.query(JdbcEvaluationSheets::row)
			.list());
	}

	@Override
	public List<EvaluationSheet> startedUndecided() {
		return assemble(jdbc
			.sql(SELECT + " WHERE EXISTS (SELECT 1 FROM evaluation_stage_result r WHERE r.sheet_id = s.id)"
					+ " AND NOT EXISTS (SELECT 1 FROM evaluation_decision d WHERE d.sheet_id = s.id) ORDER BY s.id")
			.query(JdbcEvaluationSheets::row)
			.list());
	}

	private record Row(long id, long programId, FiscalYear year, SheetContent content, FrozenFigures frozen) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		SheetContent content = new SheetContent(rs.getString("purpose"), rs.getString("target"), rs.getString("means"),
				rs.getString("intent"), rs.getLong("department_id"), List.of(), List.of(),
				Unit.of(rs.getString("unit")), amount(rs, "program_cost"), amount(rs, "general_fund"),
				amount(rs, "national_grant"), amount(rs, "other_funds"), amount(rs, "staff_years"));
		FrozenFigures frozen = null;
		if (rs.getTimestamp("frozen_at") != null) {
			BigDecimal average = amount(rs, "frozen_personnel_cost");
			frozen = new FrozenFigures(amount(rs, "frozen_donations"), average == null ? null
					: new PersonnelCost(average, Unit.of(rs.getString("frozen_personnel_cost_unit"))));
		}
		return new Row(rs.getLong("id"), rs.getLong("program_id"), FiscalYear.of(rs.getInt("fiscal_year")), content,
				frozen);
	}

	static BigDecimal amount(ResultSet rs, String column) throws SQLException {
		BigDecimal amount = rs.getBigDecimal(column);
		return amount == null ? null : amount.setScale(rs.getInt(column + "_scale"));
	}

	private List<EvaluationSheet> assemble(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<Long>> activity = new HashMap<>();
		Map<Long, List<Long>> outcome = new HashMap<>();
		jdbc.sql("""
				SELECT sheet_id, kind, kpi_id FROM evaluation_indicator WHERE sheet_id IN (:ids)
				ORDER BY sheet_id, kind, position""")
			.param("ids", ids)
			.query((rs, n) -> new Object[] { rs.getLong("sheet_id"), rs.getString("kind"), rs.getLong("kpi_id") })
			.list()
			.forEach(r -> ("ACTIVITY".equals(r[1]) ? activity : outcome)
				.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
				.add((Long) r[2]));
		Map<Long, List<CompletedStage>> stages = new HashMap<>();
		jdbc.sql("""
				SELECT r.sheet_id, r.stage_id, r.stage_name, r.stage_role, r.necessity, r.effectiveness, r.efficiency,
				       r.direction, r.reason, r.comment, r.completed_at, r.completed_by
				FROM evaluation_stage_result r WHERE r.sheet_id IN (:ids) ORDER BY r.sheet_id, r.completed_at""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("sheet_id"), new CompletedStage(rs.getLong("stage_id"),
					rs.getString("stage_name"), Role.valueOf(rs.getString("stage_role")),
					new StageVerdict(new Rating(rs.getInt("necessity")), new Rating(rs.getInt("effectiveness")),
							new Rating(rs.getInt("efficiency")), FutureDirection.valueOf(rs.getString("direction")),
							rs.getString("reason"), rs.getString("comment")),
					rs.getString("completed_by"), rs.getTimestamp("completed_at").toInstant())))
			.list()
			.forEach(e -> stages.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<Long, ProgramDecision> decisions = new HashMap<>();
		jdbc.sql("""
				SELECT sheet_id, direction, reason, budget_consequence, decided_on, decided_by
				FROM evaluation_decision WHERE sheet_id IN (:ids)""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("sheet_id"),
					new ProgramDecision(FutureDirection.valueOf(rs.getString("direction")), rs.getString("reason"),
							rs.getString("budget_consequence"), rs.getDate("decided_on").toLocalDate(),
							rs.getString("decided_by"))))
			.list()
			.forEach(e -> decisions.put(e.getKey(), e.getValue()));
		List<EvaluationSheet> sheets = new ArrayList<>();
		for (Row row : rows) {
			SheetContent c = row.content();
			SheetContent content = new SheetContent(c.purpose(), c.target(), c.means(), c.intent(), c.departmentId(),
					activity.getOrDefault(row.id(), List.of()), outcome.getOrDefault(row.id(), List.of()), c.unit(),
					c.programCost(), c.generalFund(), c.nationalGrant(), c.other(), c.staffYears());
			sheets.add(new EvaluationSheet(row.id(), row.programId(), row.year(), content,
					stages.getOrDefault(row.id(), List.of()), decisions.get(row.id()), row.frozen()));
		}
		return sheets;
	}

	@Override
	public long open(long programId, FiscalYear year, SheetContent content, String actor) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		KeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					INSERT INTO evaluation_sheet (program_id, fiscal_year, department_id, unit, created_at, created_by,
					                              updated_at, updated_by)
					VALUES (:program, :year, :department, :unit, :now, :actor, :now, :actor)""")
				.param("program", programId)
				.param("year", year.value())
				.param("department", content.departmentId())
				.param("unit", content.unit().text())
				.param("now", now)
				.param("actor", actor)
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			// opened at the same time by another planner: the unique (program, year)
			// tells
			throw Refused.conflict("evaluation.sheet.exists", year.eraLabel());
		}
		long id = key.getKey().longValue();
		update(id, content, actor);
		return id;
	}

	@Override
	public void update(long sheetId, SheetContent content, String actor) {
		jdbc.sql("""
				UPDATE evaluation_sheet SET department_id = :department, purpose = :purpose, target = :target,
				       means = :means, intent = :intent, unit = :unit,
				       program_cost = :programCost, program_cost_scale = :programCostScale,
				       general_fund = :generalFund, general_fund_scale = :generalFundScale,
				       national_grant = :nationalGrant, national_grant_scale = :nationalGrantScale,
				       other_funds = :otherFunds, other_funds_scale = :otherFundsScale,
				       staff_years = :staffYears, staff_years_scale = :staffYearsScale,
				       updated_at = :now, updated_by = :actor
				WHERE id = :id""")
			.param("department", content.departmentId())
			.param("purpose", content.purpose())
			.param("target", content.target())
			.param("means", content.means())
			.param("intent", content.intent())
			.param("unit", content.unit().text())
			.param("programCost", content.programCost())
			.param("programCostScale", scale(content.programCost()))
			.param("generalFund", content.generalFund())
			.param("generalFundScale", scale(content.generalFund()))
			.param("nationalGrant", content.nationalGrant())
			.param("nationalGrantScale", scale(content.nationalGrant()))
			.param("otherFunds", content.other())
			.param("otherFundsScale", scale(content.other()))
			.param("staffYears", content.staffYears())
			.param("staffYearsScale", scale(content.staffYears()))
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.param("id", sheetId)
			.update();
		jdbc.sql("DELETE FROM evaluation_indicator WHERE sheet_id = :id").param("id", sheetId).update();
		insertIndicators(sheetId, "ACTIVITY", content.activityKpiIds());
		insertIndicators(sheetId, "OUTCOME", content.outcomeKpiIds());
	}

	private static Integer scale(BigDecimal amount) {
		return amount == null ? null : Math.max(0, amount.scale());
	}

	private void insertIndicators(long sheetId, String kind, List<Long> kpiIds) {
		for (int i = 0; i < kpiIds.size(); i++) {
			jdbc.sql("""
					INSERT INTO evaluation_indicator (sheet_id, kind, position, kpi_id)
					VALUES (:sheet, :kind, :position, :kpi)""")
				.param("sheet", sheetId)
				.param("kind", kind)
				.param("position", i + 1)
				.param("kpi", kpiIds.get(i))
				.update();
		}
	}

	@Override
	public void complete(long sheetId, EvaluationStage stage, StageVerdict verdict, String actor) {
		jdbc.sql("""
				INSERT INTO evaluation_stage_result (sheet_id, stage_id, stage_name, stage_role, necessity,
				       effectiveness, efficiency, direction, reason, comment, completed_at, completed_by)
				VALUES (:sheet, :stage, :name, :role, :necessity, :effectiveness, :efficiency, :direction, :reason,
				        :comment, :now, :actor)""")
			.param("sheet", sheetId)
			.param("stage", stage.id())
			.param("name", stage.name())
			.param("role", stage.role().name())
			.param("necessity", verdict.necessity().value())
			.param("effectiveness", verdict.effectiveness().value())
			.param("efficiency", verdict.efficiency().value())
			.param("direction", verdict.direction().name())
			.param("reason", verdict.reason())
			.param("comment", verdict.comment())
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.update();
	}

	@Override
	public void freeze(long sheetId, FrozenFigures figures) {
		PersonnelCost average = figures.average();
		jdbc.sql("""
				UPDATE evaluation_sheet SET frozen_at = :now, frozen_donations = :donations,
				       frozen_donations_scale = :donationsScale, frozen_personnel_cost = :average,
				       frozen_personnel_cost_scale = :averageScale, frozen_personnel_cost_unit = :averageUnit
				WHERE id = :id""")
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("donations", figures.donations())
			.param("donationsScale", scale(figures.donations()))
			.param("average", average == null ? null : average.amount())
			.param("averageScale", average == null ? null : scale(average.amount()))
			.param("averageUnit", average == null ? null : average.unit().text())
			.param("id", sheetId)
			.update();
	}

	@Override
	public void decide(long sheetId, ProgramDecision decision, String actor) {
		jdbc.sql("DELETE FROM evaluation_decision WHERE sheet_id = :id").param("id", sheetId).update();
		jdbc.sql("""
				INSERT INTO evaluation_decision (sheet_id, direction, reason, budget_consequence, decided_on,
				                                 decided_at, decided_by)
				VALUES (:sheet, :direction, :reason, :budget, :on, :now, :actor)""")
			.param("sheet", sheetId)
			.param("direction", decision.direction().name())
			.param("reason", decision.reason())
			.param("budget", decision.budgetConsequence())
			.param("on", Date.valueOf(decision.decidedOn()))
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.update();
	}

}
