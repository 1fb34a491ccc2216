package jp.suishin.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jp.suishin.notation.Unit;

/**
 * How a figure moved between two points, stated the way it should be written: percentage
 * points for a KPI in ％ (60.3％ → 52.0％ is 8.3 points down), a multiple when it at least
 * doubled (6,522 → 28,672 is about 4.4 times), otherwise percent.
 *
 * @param amount the size of the change in its kind, rounded half-up to one decimal, never
 * negative
 */
public record Change(Kind kind, Trend trend, BigDecimal amount, BigDecimal from, BigDecimal to) {

	/** What {@code amount} is. */
	public enum Kind {

		POINTS, PERCENT, MULTIPLE

	}

	/** Which way the figure moved (not whether that is good). */
	public enum Trend {

		UP, DOWN, SAME

	}

	/**
	 * The change from {@code from} to {@code to}; {@code null} when it cannot be stated
	 * (no old figure, or 0).
	 */
	public static Change between(BigDecimal from, BigDecimal to, Unit unit) {
		if (from == null || to == null) {
			return null;
		}
		Trend trend = switch (to.compareTo(from)) {
			case 1 -> Trend.UP;
			case -1 -> Trend.DOWN;
			default -> Trend.SAME;
		};
		if (unit.isPercentage()) {
			return new Change(Kind.POINTS, trend, to.subtract(from).abs().setScale(1, RoundingMode.HALF_UP), from, to);
		}
		if (from.signum() == 0) {
			return null;
		}
		if (from.signum() > 0 && to.compareTo(from.multiply(BigDecimal.valueOf(2))) >= 0) {
			return new Change(Kind.MULTIPLE, trend, Measures.oneDecimal(Measures.divide(to, from)), from, to);
		}
		BigDecimal percent = Measures.divide(to.subtract(from).abs(), from.abs()).multiply(Measures.HUNDRED);
		return new Change(Kind.PERCENT, trend, Measures.oneDecimal(percent), from, to);
	}

	/** Size of the change relative to where it started, for ranking movers. */
	BigDecimal relativeSize() {
		if (from.signum() == 0) {
			return to.signum() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(Long.MAX_VALUE);
		}
		return Measures.divide(to.subtract(from).abs(), from.abs());
	}

}
