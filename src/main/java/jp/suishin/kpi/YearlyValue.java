package jp.suishin.kpi;

import java.time.Instant;

import jp.suishin.notation.FiscalYear;

/**
 * A KPI's actual value for one fiscal year, with who last changed it and when.
 *
 * @param source where the figure comes from (出典), or {@code null}
 * @param version increases with every change; a save naming an older version is refused
 */
public record YearlyValue(long kpiId, FiscalYear year, Actual actual, String note, String source, int version,
		Instant updatedAt, String updatedBy) {
}
