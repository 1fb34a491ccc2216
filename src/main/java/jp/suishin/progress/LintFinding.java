package jp.suishin.progress;

/**
 * A KPI definition that looks wrong.
 *
 * @param kpi the KPI's name
 * @param message the finding in Japanese, naming the figures
 */
public record LintFinding(String kpi, Kind kind, String message) {

	/** What looks wrong. */
	public enum Kind {

		/**
		 * The target lies on the wrong side of the baseline for the declared direction.
		 */
		TARGET_WRONG_SIDE,
		/** The target year is outside the plan period. */
		TARGET_YEAR_OUTSIDE_PERIOD,
		/** A value is written in a unit that is not the KPI's. */
		UNIT_MISMATCH,
		/** The scheme needs a baseline and the KPI has none. */
		MISSING_BASELINE,
		/**
		 * A cumulative KPI lacks a year inside its count, so its total cannot be formed.
		 */
		CUMULATIVE_YEAR_MISSING

	}

}
