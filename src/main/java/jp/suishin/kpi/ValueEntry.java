package jp.suishin.kpi;

/**
 * An actual value as a person or a file gives it: every field as written.
 *
 * @param year the fiscal year ({@code R6}, {@code 2024}, {@code 令和6年度})
 * @param value the value ({@code 113,500ha}, {@code ▲312}, {@code 集計中（7月頃）}, {@code －} to
 * remove it)
 * @param status 確定 / 速報 / 集計中 or CONFIRMED / PRELIMINARY / PENDING; blank is confirmed
 * @param expectedMonth for a pending value: the month it is expected in
 * @param source where the figure comes from (出典)
 * @param expectedVersion the version the writer saw, or {@code null}
 */
public record ValueEntry(long kpiId, String year, String value, String status, String expectedMonth, String note,
		String source, Integer expectedVersion) {

	public ValueEntry(long kpiId, String year, String value, String status, String expectedMonth, String note,
			Integer expectedVersion) {
		this(kpiId, year, value, status, expectedMonth, note, null, expectedVersion);
	}

}
