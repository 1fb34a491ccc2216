package jp.suishin.progress;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;

/**
 * One row of a KPI table as the engine sees it, from the database or from a CSV file.
 *
 * @param id what makes a KPI the same KPI across re-listed rows (its key, or its name in
 * a CSV file)
 * @param relisted a 再掲 row: shown, but counted once in every total
 * @param values the yearly values as entered (for a cumulative KPI, each year's own
 * amount)
 */
public record KpiFigures(String id, String project, String name, boolean relisted, Unit unit, Direction direction,
		Aggregation aggregation, Baseline baseline, Target target, NavigableMap<FiscalYear, Actual> values) {

	public KpiFigures {
		values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
	}

	BigDecimal baselineValue() {
		return baseline == null ? null : baseline.value();
	}

	BigDecimal targetValue() {
		return target == null ? null : target.value();
	}

}
