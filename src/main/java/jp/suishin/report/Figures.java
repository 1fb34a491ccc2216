package jp.suishin.report;

import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.Target;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.progress.Milestone;
import jp.suishin.notation.Unit;

/**
 * How a report writes a KPI's figures: {@code 7,250千人（R2）}, {@code 集計中（7月頃）},
 * {@code 53.0％（速報）}.
 */
final class Figures {

	private Figures() {
	}

	static String baseline(Kpi kpi) {
		return baseline(kpi.baseline(), kpi.unit());
	}

	static String baseline(Baseline baseline, Unit unit) {
		return baseline == null ? "－" : baseline.display(unit);
	}

	static String target(Kpi kpi) {
		return target(kpi.target(), kpi.unit());
	}

	static String target(Target target, Unit unit) {
		return target == null ? "－" : target.display(unit);
	}

	static String actual(Kpi kpi, YearlyValue value) {
		return value == null ? "" : value.actual().written(kpi.unit());
	}

	/**
	 * A milestone; with its year when it is not the report year's ({@code 15,000千人（R5）}).
	 * An interpolated one is shown as {@link Milestone#shown()} rounds it.
	 */
	static String milestone(Milestone milestone, FiscalYear reportYear, Unit unit) {
		String text = QuantityFormat.format(milestone.shown(), unit);
		return milestone.year().equals(reportYear) ? text : QuantityFormat.withYear(text, milestone.year());
	}

}
