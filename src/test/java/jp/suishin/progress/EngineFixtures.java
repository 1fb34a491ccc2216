package jp.suishin.progress;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;

/** Small builders for engine tests. */
final class EngineFixtures {

	private EngineFixtures() {
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	static KpiFigures kpi(String name, String unit, Direction direction, Aggregation aggregation, String baseline,
			Integer baselineYear, String target, int targetYear, Map<Integer, Actual> values) {
		TreeMap<FiscalYear, Actual> actuals = new TreeMap<>();
		values.forEach((year, actual) -> actuals.put(FiscalYear.of(year), actual));
		return new KpiFigures(name, "", name, false, Unit.of(unit), direction, aggregation,
				baseline == null ? null
						: new Baseline(d(baseline), baselineYear == null ? null : FiscalYear.of(baselineYear)),
				target == null ? null : new Target(d(target), FiscalYear.of(targetYear)), YearlyActuals.of(actuals));
	}

	static Actual confirmed(String value) {
		return new Actual.Confirmed(d(value));
	}

	static Actual pending() {
		return new Actual.Pending(7);
	}

}
