package jp.suishin.kpi;

import java.time.Instant;

import jp.suishin.notation.FiscalYear;

/**
 * A KPI's actual value for one fiscal year, with who last changed it and when.
 *
 * @param version increases with every change; a save naming an older version is refused
 */
public record YearlyValue(long kpiId, FiscalYear year, Actual actual, String note, int version, Instant updatedAt,
		String updatedBy) {
}
