package jp.suishin.progress;

import java.math.BigDecimal;

import jp.suishin.kpi.Actual;
import jp.suishin.notation.QuantityFormat;

/**
 * One KPI graded in one year.
 *
 * @param actual the evaluated actual (summed for a cumulative KPI), or {@code null} when
 * there is none
 * @param method how the progress rate was computed, or {@code null} when there is no rate
 * @param progressRate exact; {@link #progressRateOneDecimal()} for output
 * @param sinceLastYear the change from the previous year's evaluated actual, or
 * {@code null}
 * @param sinceBaseline the change from the baseline, or {@code null}
 */
public record KpiEvaluation(KpiFigures kpi, EvaluationStatus status, Actual actual, Measure method,
		BigDecimal progressRate, Grade grade, Change sinceLastYear, Change sinceBaseline, Forecast forecast) {

	public static final String NO_RATE = "－％";

	public BigDecimal progressRateOneDecimal() {
		return Measures.oneDecimal(progressRate);
	}

	/** {@code 99.9％}, or {@code －％} without a rate (pending, missing, not evaluable). */
	public String progressDisplay() {
		return progressRate == null ? NO_RATE : QuantityFormat.percent(progressRate);
	}

	public BigDecimal amount() {
		return actual == null ? null : actual.amount().orElse(null);
	}

	public boolean isGraded() {
		return grade instanceof Grade.Graded;
	}

}
