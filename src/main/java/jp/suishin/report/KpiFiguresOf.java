package jp.suishin.report;

import java.util.Map;
import java.util.TreeMap;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.progress.KpiFigures;

/** A stored KPI as the evaluation engine sees it. */
final class KpiFiguresOf {

	private KpiFiguresOf() {
	}

	static KpiFigures of(Kpi kpi, String project, boolean relisted, Map<FiscalYear, YearlyValue> values) {
		TreeMap<FiscalYear, Actual> actuals = new TreeMap<>();
		values.forEach((year, value) -> actuals.put(year, value.actual()));
		return new KpiFigures(kpi.key(), project, kpi.name(), relisted, kpi.unit(), kpi.direction(), kpi.aggregation(),
				kpi.baseline(), kpi.target(), actuals);
	}

}
