package jp.suishin.kpi;

import java.math.BigDecimal;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;

/**
 * 基準値（基準年）.
 *
 * @param year {@code null} when the plan gives the value without a year (計画開始時点)
 */
public record Baseline(BigDecimal value, FiscalYear year) {

	/** {@code 7,250千人（R2）}. */
	public String display(Unit unit) {
		return QuantityFormat.withYear(QuantityFormat.format(value, unit), year);
	}

}
