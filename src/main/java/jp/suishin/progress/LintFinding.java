package jp.suishin.progress;

import java.util.List;
import java.util.Locale;

/**
 * A KPI definition that looks wrong.
 *
 * @param kpi the KPI's name
 * @param message the finding in Japanese, naming the figures
 * @param key the engine text the finding is written with, or {@code null} when a reader
 * outside the engine wrote {@code message} itself
 * @param arguments the figures the text names
 */
public record LintFinding(String kpi, Kind kind, String message, String key, List<Object> arguments) {

	public LintFinding {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	/** A finding whose text was written outside the engine (in Japanese only). */
	public LintFinding(String kpi, Kind kind, String message) {
		this(kpi, kind, message, null, List.of());
	}

	/** A finding in the engine's words. */
	static LintFinding of(String kpi, Kind kind, String key, Object... arguments) {
		return new LintFinding(kpi, kind, EngineText.format(key, arguments), key, List.of(arguments));
	}

	/** The finding in the reader's language (Japanese when it has no other). */
	public String message(Locale locale) {
		return key == null ? message : EngineText.format(locale, key, arguments.toArray());
	}

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
