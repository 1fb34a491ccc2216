package jp.suishin.authoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.EditingKpiDefinition;
import jp.suishin.kpi.NewKpi;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.notation.ValueNotation;
import jp.suishin.refusal.FieldProblem;

/**
 * A KPI as a planner or a sheet writes it: every field a text as written ({@code ▲312},
 * {@code 7,250千人}, {@code R6}, {@code 増加} or {@code increase}, {@code 単年}).
 * {@link #draft} is the one check of a new KPI, for the browser, the API, every import
 * and the sample data: the name, the unit, the direction, the aggregation (単年 when
 * blank), the baseline and the target with their years in order ({@link Baseline#of},
 * {@link Target#of}).
 */
public record KpiForm(String name, String unit, String direction, String aggregation, String baselineValue,
		String baselineYear, String targetValue, String targetYear, String definition, String department) {

	public static final int UNIT_MAX_LENGTH = 20;

	public static final int DEPARTMENT_MAX_LENGTH = 200;

	/**
	 * The KPI to add to a plan, or {@code null} after adding the problems, each under its
	 * field's name after {@code prefix} ({@code ""}, or {@code kpis[3].} for a batch).
	 */
	public NewKpi draft(long planId, String key, String prefix, List<FieldProblem> problems) {
		int before = problems.size();
		String checkedName = AuthoringText.required(prefix + "kpiName", name, EditingKpiDefinition.NAME_MAX_LENGTH,
				"kpi.definition.name-required", problems);
		String unitText = unit == null ? "" : unit.strip();
		if (unitText.length() > UNIT_MAX_LENGTH) {
			problems.add(FieldProblem.of(prefix + "kpiUnit", "authoring.kpi.unit-too-long", UNIT_MAX_LENGTH));
		}
		Unit checkedUnit = Unit.of(unitText);
		Direction checkedDirection = Direction.parse(direction).orElse(null);
		if (checkedDirection == null) {
			problems.add(FieldProblem.of(prefix + "kpiDirection", "kpi.definition.direction-invalid",
					direction == null ? "" : direction.strip()));
		}
		Aggregation checkedAggregation = aggregation == null || aggregation.isBlank() ? Aggregation.YEARLY
				: Aggregation.parse(aggregation).orElse(null);
		if (checkedAggregation == null) {
			problems.add(FieldProblem.of(prefix + "kpiAggregation", "authoring.kpi.aggregation-invalid",
					aggregation.strip()));
		}
		BigDecimal baselineAmount = amount(prefix + "baselineValue", baselineValue, checkedUnit, problems);
		FiscalYear baselineAt = year(prefix + "baselineYear", baselineYear, problems);
		BigDecimal targetAmount = amount(prefix + "targetValue", targetValue, checkedUnit, problems);
		FiscalYear targetAt = year(prefix + "targetYear", targetYear, problems);
		String checkedDefinition = AuthoringText.optional(prefix + "kpiDefinition", definition,
				EditingKpiDefinition.DEFINITION_MAX_LENGTH, problems);
		String checkedDepartment = AuthoringText.optional(prefix + "kpiDepartment", department, DEPARTMENT_MAX_LENGTH,
				problems);
		if (problems.size() > before) {
			return null;
		}
		Baseline baseline = null;
		if (baselineAmount != null) {
			baseline = Baseline.of(baselineAmount, baselineAt, null).collect(prefix + "baselineYear", problems);
		}
		else if (baselineAt != null) {
			problems.add(FieldProblem.of(prefix + "baselineValue", "authoring.kpi.year-without-value"));
		}
		Target target = null;
		if (targetAmount != null) {
			target = Target.of(targetAmount, targetAt, baseline).collect(prefix + "targetYear", problems);
		}
		else if (targetAt != null) {
			problems.add(FieldProblem.of(prefix + "targetValue", "authoring.kpi.year-without-value"));
		}
		if (problems.size() > before) {
			return null;
		}
		return new NewKpi(planId, key, checkedName, checkedUnit, checkedDirection, checkedAggregation, baseline, target,
				checkedDepartment, checkedDefinition);
	}

	private static BigDecimal amount(String field, String written, Unit unit, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			return null;
		}
		return ValueNotation.amount(written, unit).collect(field, problems);
	}

	private static FiscalYear year(String field, String written, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			return null;
		}
		Optional<FiscalYear> year = FiscalYear.parse(written.strip());
		if (year.isEmpty()) {
			problems.add(FieldProblem.of(field, "fiscal-year.invalid", written.strip()));
			return null;
		}
		return year.get();
	}

}
