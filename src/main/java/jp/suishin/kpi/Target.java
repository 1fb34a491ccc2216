package jp.suishin.kpi;

import java.math.BigDecimal;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;

/**
 * 目標値（目標年）.
 *
 * @param year {@code null} when the plan gives the target without a year
 */
public record Target(BigDecimal value, FiscalYear year) {

	/** {@code 7,468千人（R7）}. */
	public String display(Unit unit) {
		return QuantityFormat.withYear(QuantityFormat.format(value, unit), year);
	}

}
