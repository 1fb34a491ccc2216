package jp.suishin.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.BaselineRevision;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.progress.BaselineComparison;
import jp.suishin.progress.KpiFigures;
import jp.suishin.progress.YearlyActuals;

/**
 * A stored KPI as the evaluation engine sees it: its values, its milestones, and — when
 * its baseline was revised — the baseline the plan evaluates with and the other one to
 * compare.
 */
final class KpiFiguresOf {

	private KpiFiguresOf() {
	}

	static KpiFigures of(Kpi kpi, String project, boolean relisted, Map<FiscalYear, YearlyValue> values,
			NavigableMap<FiscalYear, BigDecimal> milestones, List<BaselineRevision> revisions, BaselinePolicy policy) {
		Baseline baseline = kpi.baseline();
		BaselineComparison comparison = null;
		if (!revisions.isEmpty()) {
			BaselineRevision latest = revisions.get(revisions.size() - 1);
			if (policy == BaselinePolicy.ORIGINAL) {
				comparison = new BaselineComparison(latest.baseline(), true, latest.reason());
			}
			else {
				comparison = kpi.baseline() == null ? null
						: new BaselineComparison(kpi.baseline(), false, latest.reason());
				baseline = latest.baseline();
			}
		}
		return new KpiFigures(kpi.key(), project, kpi.name(), relisted, kpi.unit(), kpi.direction(), kpi.aggregation(),
				baseline, kpi.target(), YearlyActuals.of(values, YearlyValue::actual), milestones, comparison);
	}

}
