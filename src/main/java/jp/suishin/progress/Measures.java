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
	 * A measure before its division: numerator ÷ denominator × 100, divided to
	 * {@value #SCALE} decimals half-up ({@link #value()}). {@link #compareTo} tells how
	 * the measure compares with a threshold without dividing, exactly: a grade rule needs
	 * no more.
	 */
	record Fraction(BigDecimal numerator, BigDecimal denominator) {

		/** How far below one unit of the measure's last decimal a rounding moves it. */
		private static final int MARGIN_DECIMALS = SCALE - 3;

		BigDecimal value() {
			return divide(numerator, denominator).multiply(HUNDRED);
		}

		/**
		 * The sign of {@code value() − threshold}. Decided by cross-multiplying
		 * (numerator × 100 against threshold × denominator, exact) unless the two lie so
		 * close that the rounding of the division could decide; then by the value itself.
		 */
		int compareTo(BigDecimal threshold) {
			BigDecimal difference = numerator.multiply(HUNDRED).subtract(threshold.multiply(denominator));
			if (denominator.signum() < 0) {
				difference = difference.negate();
			}
			// value() − threshold is difference ÷ |denominator|, give or take the
			// rounding
			// (at most half a unit of the 20th decimal, × 100)
			if (difference.signum() != 0
					&& difference.abs().compareTo(denominator.abs().movePointLeft(MARGIN_DECIMALS)) > 0) {
				return difference.signum();
			}
			return value().compareTo(threshold);
		}

	}

	/**
	 * actual ÷ target × 100, or target ÷ actual × 100 for a decreasing KPI; only when
	 * both are positive.
	 */
	public static Optional<BigDecimal> ratio(BigDecimal actual, BigDecimal target, Direction direction) {
		return value(ratioFraction(actual, target, direction));
	}

	static Fraction ratioFraction(BigDecimal actual, BigDecimal target, Direction direction) {
		if (actual == null || target == null || actual.signum() <= 0 || target.signum() <= 0) {
			return null;
		}
		return direction == Direction.DECREASE ? new Fraction(target, actual) : new Fraction(actual, target);
	}

	/**
	 * (actual − baseline) ÷ (target − baseline) × 100; works through negative numbers
	 * (▲312 → ▲275 with ▲290 is 59.5). Undefined without a baseline or when the target
	 * equals the baseline.
	 */
	public static Optional<BigDecimal> improvement(BigDecimal actual, BigDecimal baseline, BigDecimal target) {
		return value(improvementFraction(actual, baseline, target));
	}

	static Fraction improvementFraction(BigDecimal actual, BigDecimal baseline, BigDecimal target) {
		if (actual == null || baseline == null || target == null || target.compareTo(baseline) == 0) {
			return null;
		}
		return new Fraction(actual.subtract(baseline), target.subtract(baseline));
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
		return value(paceFraction(year, actual, baseline, baselineYear, target, targetYear, direction, aggregation));
	}

	static Fraction paceFraction(FiscalYear year, BigDecimal actual, BigDecimal baseline, FiscalYear baselineYear,
			BigDecimal target, FiscalYear targetYear, Direction direction, Aggregation aggregation) {
		if (actual == null || baseline == null || baselineYear == null || target == null || targetYear == null
				|| !targetYear.isAfter(baselineYear) || !year.isAfter(baselineYear)) {
			return null;
		}
		BigDecimal start = aggregation == Aggregation.CUMULATIVE ? BigDecimal.ZERO : baseline;
		if (target.compareTo(start) == 0) {
			return ratioFraction(actual, target, direction);
		}
		int elapsed = year.value() - baselineYear.value();
		int span = targetYear.value() - baselineYear.value();
		// at most the whole way, written 1 rather than 1.00000000000000000000: a division
		// depends on the divisor's value only, and small figures multiply and compare
		// without big integers
		BigDecimal share = elapsed >= span ? BigDecimal.ONE
				: divide(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(span)).min(BigDecimal.ONE);
		return new Fraction(actual.subtract(start), share.multiply(target.subtract(start)));
	}

	private static Optional<BigDecimal> value(Fraction fraction) {
		return fraction == null ? Optional.empty() : Optional.of(fraction.value());
	}

	static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		return dividend.divide(divisor, SCALE, RoundingMode.HALF_UP);
	}

	/** Half-up to one decimal, the way rates are displayed and output. */
	public static BigDecimal oneDecimal(BigDecimal value) {
		return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
	}

}
