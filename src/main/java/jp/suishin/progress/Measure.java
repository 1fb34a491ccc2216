package jp.suishin.progress;

import java.util.Locale;
import java.util.Optional;

/**
 * The progress measures a scheme can grade on; also the {@code method} an evaluation
 * reports.
 */
public enum Measure {

	/**
	 * actual ÷ target (target ÷ actual for decrease); when undefined the engine falls
	 * back to improvement.
	 */
	RATIO,
	/** (actual − baseline) ÷ (target − baseline). */
	IMPROVEMENT,
	/**
	 * Time-proportional: improvement against the share of the way the plan expected by
	 * this year.
	 */
	PACE,
	/**
	 * actual ÷ the year's milestone (目安値), milestone ÷ actual for decrease; only when
	 * both are positive.
	 */
	MILESTONE_RATIO,
	/** (actual − baseline) ÷ (milestone − baseline). */
	MILESTONE_IMPROVEMENT;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	boolean usesMilestone() {
		return this == MILESTONE_RATIO || this == MILESTONE_IMPROVEMENT;
	}

	public static Optional<Measure> of(String code) {
		for (Measure measure : values()) {
			if (measure.code().equals(code)) {
				return Optional.of(measure);
			}
		}
		return Optional.empty();
	}

}
