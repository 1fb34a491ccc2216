package jp.suishin.kpi;

import jp.suishin.notation.Unit;

/**
 * A KPI of a plan.
 *
 * @param baseline {@code null} when the plan gives none (「－」 for a new service)
 * @param target {@code null} when the plan gives none
 */
public record Kpi(long id, long planId, String key, String name, Unit unit, Direction direction,
		Aggregation aggregation, Baseline baseline, Target target, String department, String definition) {
}
