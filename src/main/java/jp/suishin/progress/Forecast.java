package jp.suishin.progress;

import java.math.BigDecimal;

import jp.suishin.notation.FiscalYear;

/**
 * The value expected in the target year from the trend of the measured values (least
 * squares over the last up to five; compound growth too where all are positive), and the
 * outlook it gives.
 *
 * @param linear the least-squares projection, or {@code null} with fewer than two values
 * @param compound the compound-growth projection, or {@code null}
 * @param basedOn how many values the trend was fitted on
 */
public record Forecast(FiscalYear targetYear, BigDecimal linear, BigDecimal compound, int basedOn, Outlook outlook) {

	static Forecast unknown(FiscalYear targetYear, int basedOn) {
		return new Forecast(targetYear, null, null, basedOn, Outlook.UNKNOWN);
	}

}
