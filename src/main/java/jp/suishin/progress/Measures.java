package jp.suishin.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;
import jp.suishin.notation.FiscalYear;

/**
 * The progress measures, exact in BigDecimal (20 decimals in divisions); rounding to one
 * decimal happens only for display and output.
 */
public final class Measures {

	static final int SCALE = 20;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Measures() {
	}

	/**
	 * actual ÷ target × 100, or target ÷ actual × 100 for a decreasing KPI; only when
	 * both are positive.
	 */
	public static Optional<BigDecimal> ratio(BigDecimal actual, BigDecimal target, Direction direction) {
		if (actual == null || target == null || actual.signum() <= 0 || target.signum() <= 0) {
			return Optional.empty();
		}
		BigDecimal ratio = direction == Direction.DECREASE ? divide(target, actual) : divide(actual, target);
		return Optional.of(ratio.multiply(HUNDRED));
	}

	/**
	 * (actual − baseline) ÷ (target − baseline) × 100; works through negative numbers
	 * (▲312 → ▲275 with ▲290 is 59.5). Undefined without a baseline or when the target
	 * equals the baseline.
	 */
	public static Optional<BigDecimal> improvement(BigDecimal actual, BigDecimal baseline, BigDecimal target) {
		if (actual == null || baseline == null || target == null || target.compareTo(baseline) == 0) {
			return Optional.empty();
		}
		return Optional.of(divide(actual.subtract(baseline), target.subtract(baseline)).multiply(HUNDRED));
	}

	/**
	 * Time-proportional pace in year Y of a KPI with baseline year B and target year T:
	 * the expected share of the way is (Y − B) ÷ (T − B) (at most the whole way), and
	 * pace = (actual − baseline) ÷ (share × (target − baseline)) × 100. A cumulative KPI
	 * starts from 0. When the target equals the baseline (maintain), pace is the ratio.
	 */
	public static Optional<BigDecimal> pace(FiscalYear year, BigDecimal actual, BigDecimal baseline,
			FiscalYear baselineYear, BigDecimal target, FiscalYear targetYear, Direction direction,
			Aggregation aggregation) {
		if (actual == null || baseline == null || baselineYear == null || target == null || targetYear == null
				|| !targetYear.isAfter(baselineYear) || !year.isAfter(baselineYear)) {
			return Optional.empty();
		}
		BigDecimal start = aggregation == Aggregation.CUMULATIVE ? BigDecimal.ZERO : baseline;
		if (target.compareTo(start) == 0) {
			return ratio(actual, target, direction);
		}
		BigDecimal share = divide(BigDecimal.valueOf(year.value() - baselineYear.value()),
				BigDecimal.valueOf(targetYear.value() - baselineYear.value()))
			.min(BigDecimal.ONE);
		return Optional.of(divide(actual.subtract(start), share.multiply(target.subtract(start))).multiply(HUNDRED));
	}

	static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		return dividend.divide(divisor, SCALE, RoundingMode.HALF_UP);
	}

	/** Half-up to one decimal, the way rates are displayed and output. */
	public static BigDecimal oneDecimal(BigDecimal value) {
		return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
	}

}
