package jp.suishin.progress;

import java.math.BigDecimal;

import jp.suishin.kpi.Actual;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;

/**
 * One KPI graded in one year.
 *
 * @param actual the evaluated actual (summed for a cumulative KPI), or {@code null} when
 * there is none
 * @param actualYear the year of that actual: the evaluation year, or an earlier one when
 * a scheme grades the latest available value
 * @param method how the progress rate was computed, or {@code null} when there is no rate
 * @param progressRate exact; {@link #progressRateOneDecimal()} for output
 * @param milestone the milestone of {@code actualYear}, or {@code null}
 * @param comparisonGrade the grade against the KPI's other baseline (original or revised)
 * when it differs, else {@code null}
 * @param sinceLastYear the change from the previous year's evaluated actual, or
 * {@code null}
 * @param sinceBaseline the change from the baseline, or {@code null}
 */
public record KpiEvaluation(KpiFigures kpi, EvaluationStatus status, Actual actual, FiscalYear actualYear,
		Measure method, BigDecimal progressRate, Milestone milestone, Grade grade, Grade comparisonGrade,
		Change sinceLastYear, Change sinceBaseline, Forecast forecast) {

	public static final String NO_RATE = "－％";

	/**
	 * The method in the evaluate contract: {@code ratio}, {@code improvement},
	 * {@code pace}, {@code milestone-ratio}, {@code milestone-improvement}; where the
	 * milestone comes from is {@link Milestone#source()}.
	 */
	public String methodCode() {
		return method == null ? null : method.code();
	}

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
