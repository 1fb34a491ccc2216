package jp.suishin.kpi;

import java.math.BigDecimal;
import java.util.Objects;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;
import jp.suishin.refusal.Validated;

/**
 * 目標値（目標年）.
 *
 * @param year {@code null} when the plan gives the target without a year
 */
public record Target(BigDecimal value, FiscalYear year) {

	public Target {
		Objects.requireNonNull(value, "a target has a value");
	}

	/**
	 * A target as a plan, a planner or a file gives it: the one check, for every channel,
	 * that its year comes after the baseline year.
	 * @param baseline the baseline it is reached from, or {@code null}
	 */
	public static Validated<Target> of(BigDecimal value, FiscalYear year, Baseline baseline) {
		FiscalYear baselineYear = baseline == null ? null : baseline.year();
		if (!inOrder(baselineYear, year)) {
			return Validated.rejected("kpi.definition.target-before-baseline", year.eraLabel(),
					baselineYear.eraLabel());
		}
		return Validated.valid(new Target(value, year));
	}

	/**
	 * The rule that ties a baseline to its target: the target year comes after the
	 * baseline year (either may be unknown).
	 */
	static boolean inOrder(FiscalYear baselineYear, FiscalYear targetYear) {
		return baselineYear == null || targetYear == null || targetYear.isAfter(baselineYear);
	}

	/** {@code 7,468千人（R7）}. */
	public String display(Unit unit) {
		return QuantityFormat.withYear(QuantityFormat.format(value, unit), year);
	}

	/** Whether two targets say the same (same amount, whatever its scale, and year). */
	public static boolean same(Target a, Target b) {
		if (a == null || b == null) {
			return a == b;
		}
		return a.value.compareTo(b.value) == 0 && Objects.equals(a.year, b.year);
	}

}
