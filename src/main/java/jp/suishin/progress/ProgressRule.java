package jp.suishin.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Target;

/**
 * The seeds' progress rule: actual ÷ target × 100 for the report year (target ÷ actual
 * for a KPI that should decrease), exact in BigDecimal. Defined only when both figures
 * are positive; a pending value makes the KPI pending. The evaluation engine will replace
 * this class.
 */
public final class ProgressRule {

	private static final int SCALE = 20;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ProgressRule() {
	}

	public static Progress of(Direction direction, Target target, Optional<Actual> actual) {
		if (actual.isEmpty()) {
			return new Progress.NotEvaluable(Progress.Reason.NO_VALUE);
		}
		if (actual.get() instanceof Actual.Pending pending) {
			return new Progress.Pending(pending.expectedMonth());
		}
		if (target == null) {
			return new Progress.NotEvaluable(Progress.Reason.NO_TARGET);
		}
		BigDecimal value = actual.get().amount().orElseThrow();
		if (value.signum() <= 0 || target.value().signum() <= 0) {
			return new Progress.NotEvaluable(Progress.Reason.NOT_POSITIVE);
		}
		BigDecimal ratio = direction == Direction.DECREASE ? target.value().divide(value, SCALE, RoundingMode.HALF_UP)
				: value.divide(target.value(), SCALE, RoundingMode.HALF_UP);
		return new Progress.Rated(ratio.multiply(HUNDRED));
	}

}
