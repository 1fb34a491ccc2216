package jp.suishin.kpi;

import jp.suishin.notation.Unit;

/**
 * A KPI of a plan.
 *
 * @param baseline {@code null} when the plan gives none (「－」 for a new service)
 * @param target {@code null} when the plan gives none
 * @param department the department in charge as the plan document names it, if it does
 * @param departmentId the department (担当課) that enters the values, once one is assigned
 */
public record Kpi(long id, long planId, String key, String name, Unit unit, Direction direction,
		Aggregation aggregation, Baseline baseline, Target target, String department, String definition,
		Long departmentId) {
}
