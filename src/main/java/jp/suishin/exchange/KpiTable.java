package jp.suishin.exchange;

import java.util.List;

import jp.suishin.notation.Unit;
import jp.suishin.progress.KpiFigures;

/**
 * A KPI table read from a sheet: its rows, and the values left out because they are
 * written in another unit than their KPI's.
 */
public record KpiTable(List<KpiFigures> rows, List<UnitMismatch> mismatches) {

	public KpiTable {
		rows = List.copyOf(rows);
		mismatches = List.copyOf(mismatches);
	}

	/**
	 * A value in another unit than its KPI's: its row (from 1), column header and cell.
	 */
	public record UnitMismatch(String kpi, int row, String column, String cell, Unit unit) {
	}

}
