package jp.suishin.kpi;

import java.math.BigDecimal;

import jp.suishin.notation.FiscalYear;

/**
 * 基準値（基準年）.
 *
 * @param year {@code null} when the plan gives the value without a year (計画開始時点)
 */
public record Baseline(BigDecimal value, FiscalYear year) {
}
