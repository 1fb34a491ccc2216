package jp.suishin.progress;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

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
 * @param milestones 目安値 by fiscal year, as the plan sets them (none is invented)
 * @param comparison the other baseline when the baseline was revised, or {@code null}
 */
public record KpiFigures(String id, String project, String name, boolean relisted, Unit unit, Direction direction,
		Aggregation aggregation, Baseline baseline, Target target, YearlyActuals values,
		NavigableMap<FiscalYear, BigDecimal> milestones, BaselineComparison comparison) {

	public KpiFigures {
		Objects.requireNonNull(values, "values");
		milestones = milestones.isEmpty() ? Collections.emptyNavigableMap()
				: Collections.unmodifiableNavigableMap(new TreeMap<>(milestones));
	}

	/** A KPI without milestones or a revised baseline. */
	public KpiFigures(String id, String project, String name, boolean relisted, Unit unit, Direction direction,
			Aggregation aggregation, Baseline baseline, Target target, YearlyActuals values) {
		this(id, project, name, relisted, unit, direction, aggregation, baseline, target, values, new TreeMap<>(),
				null);
	}

	/** The same KPI graded against another baseline. */
	KpiFigures withBaseline(Baseline other) {
		return new KpiFigures(id, project, name, relisted, unit, direction, aggregation, other, target, values,
				milestones, null);
	}

	BigDecimal baselineValue() {
		return baseline == null ? null : baseline.value();
	}

	BigDecimal targetValue() {
		return target == null ? null : target.value();
	}

}
