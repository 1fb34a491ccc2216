package jp.suishin.planimport;

import jp.suishin.notation.FiscalYear;

/**
 * A column of a plan's KPI sheet and what it was read as.
 *
 * @param index the column from 0
 * @param letter the column's letters ({@code A}, {@code AA})
 * @param header the header as written (two header rows joined with a space), {@code ""}
 * when it has none
 * @param role what the column holds
 * @param level for {@link ColumnRole#LEVEL}: the level from 1; else 0
 * @param year for {@link ColumnRole#YEAR_VALUE}: the fiscal year; for
 * {@link ColumnRole#BASELINE} / {@link ColumnRole#TARGET} the year the header names, else
 * {@code null}
 * @param detected whether the role was recognised from the header or given by the planner
 * (an override); {@code false} for a header that was not recognised
 */
public record SheetColumn(int index, String letter, String header, ColumnRole role, int level, FiscalYear year,
		boolean detected) {

}
