package jp.suishin.kpi;

import java.math.BigDecimal;
import java.util.Objects;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;
import jp.suishin.refusal.Validated;

/**
 * 基準値（基準年）.
 *
 * @param year {@code null} when the plan gives the value without a year (計画開始時点)
 */
public record Baseline(BigDecimal value, FiscalYear year) {

	public Baseline {
		Objects.requireNonNull(value, "a baseline has a value");
	}

	/**
	 * A baseline as a plan, a planner or a file gives it: the one check, for every
	 * channel, that its year comes before the target year ({@link Target#inOrder}).
	 * @param target the target it is to reach, or {@code null}
	 */
	public static Validated<Baseline> of(BigDecimal value, FiscalYear year, Target target) {
		FiscalYear targetYear = target == null ? null : target.year();
		if (!Target.inOrder(year, targetYear)) {
			return Validated.rejected("kpi.baseline.year-after-target", year.eraLabel(), targetYear.eraLabel());
		}
		return Validated.valid(new Baseline(value, year));
	}

	/** {@code 7,250千人（R2）}. */
	public String display(Unit unit) {
		return QuantityFormat.withYear(QuantityFormat.format(value, unit), year);
	}

}
