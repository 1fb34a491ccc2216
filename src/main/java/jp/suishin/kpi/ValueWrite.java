package jp.suishin.kpi;

import jp.suishin.notation.FiscalYear;

/**
 * One value of a batch written in one go ({@link KpiRepository#saveValues}): a year's
 * value to store, already checked, or its removal.
 *
 * @param actual the value to store, or {@code null} to remove the year's value
 * @param expectedVersion the version the writer saw ({@code 0}: none yet), or
 * {@code null} to write regardless
 */
public record ValueWrite(long kpiId, FiscalYear year, Actual actual, String note, String source,
		Integer expectedVersion) {

	/** Removes the year's value. */
	public static ValueWrite removal(long kpiId, FiscalYear year, Integer expectedVersion) {
		return new ValueWrite(kpiId, year, null, null, null, expectedVersion);
	}

	public boolean removes() {
		return actual == null;
	}

}
