package jp.suishin.kpi;

import java.math.BigDecimal;

import jp.suishin.notation.FiscalYear;

/**
 * 目標値（目標年）.
 *
 * @param year {@code null} when the plan gives the target without a year
 */
public record Target(BigDecimal value, FiscalYear year) {
}
