package jp.suishin.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;
import jp.suishin.progress.KpiFigures;

/**
 * Writes KPIs as the KPI table {@link KpiTableReader} reads: the fixed columns, one
 * column per fiscal year and one 目安値 column per year that has a milestone. Values are
 * written as the reports write them, so the sheet reads back to the same figures.
 */
public final class KpiTableWriter {

	private static final Map<Aggregation, String> AGGREGATIONS = Map.of(Aggregation.YEARLY, "単年",
			Aggregation.CUMULATIVE, "累計", Aggregation.AVERAGE, "平均", Aggregation.STOCK, "ストック");

	private KpiTableWriter() {
	}

	/** The table as CSV (UTF-8 with a byte-order mark). */
	public static byte[] csv(List<FiscalYear> columns, List<KpiFigures> kpis) {
		return Sheets.csv(rows(columns, kpis));
	}

	/** The table as an xlsx workbook of one sheet. */
	public static byte[] xlsx(String sheetName, List<FiscalYear> columns, List<KpiFigures> kpis) {
		return Sheets.xlsx(sheetName, rows(columns, kpis));
	}

	/**
	 * The table's cells.
	 * @param columns the fiscal years to give a column
	 * @param kpis one row each; a row's values are the ones to write (a year without one
	 * stays empty)
	 */
	public static List<List<SheetCell>> rows(List<FiscalYear> columns, List<KpiFigures> kpis) {
		TreeSet<FiscalYear> milestoneYears = new TreeSet<>();
		kpis.forEach(kpi -> milestoneYears.addAll(kpi.milestones().keySet()));
		List<SheetCell> header = new ArrayList<>();
		KpiTableColumns.FIXED.forEach(name -> header.add(SheetCell.text(name)));
		columns.forEach(year -> header.add(SheetCell.text(year.eraLabel())));
		milestoneYears.forEach(year -> header.add(SheetCell.text(KpiTableColumns.MILESTONE + year.eraLabel())));
		List<List<SheetCell>> rows = new ArrayList<>();
		rows.add(header);
		for (KpiFigures kpi : kpis) {
			Unit unit = kpi.unit();
			List<SheetCell> cells = new ArrayList<>();
			cells.add(SheetCell.text(kpi.project()));
			cells.add(SheetCell.text(kpi.relisted() ? kpi.name() + KpiTableColumns.RELISTED : kpi.name()));
			cells.add(SheetCell.text(unit.text()));
			cells.add(SheetCell.text(kpi.direction().word()));
			cells.add(SheetCell.text(AGGREGATIONS.get(kpi.aggregation())));
			cells.add(figure(kpi.baseline() == null ? null : kpi.baseline().value(), unit));
			cells.add(year(kpi.baseline() == null ? null : kpi.baseline().year()));
			cells.add(figure(kpi.target() == null ? null : kpi.target().value(), unit));
			cells.add(year(kpi.target() == null ? null : kpi.target().year()));
			for (FiscalYear year : columns) {
				cells.add(value(kpi.values().get(year), unit));
			}
			for (FiscalYear year : milestoneYears) {
				cells.add(figure(kpi.milestones().get(year), unit));
			}
			rows.add(cells);
		}
		return rows;
	}

	/**
	 * A figure in the KPI's unit: in CSV as reports print it ({@code ▲312人}), in xlsx as
	 * a number (the 単位 column names the unit).
	 */
	private static SheetCell figure(BigDecimal value, Unit unit) {
		return value == null ? SheetCell.text("") : new SheetCell.Figure(value, QuantityFormat.format(value, unit));
	}

	private static SheetCell year(FiscalYear year) {
		return SheetCell.text(year == null ? "" : year.eraLabel());
	}

	/**
	 * A final figure is a plain figure; 約, （速報） and 集計中 are written as the KPI list shows
	 * them.
	 */
	private static SheetCell value(Actual actual, Unit unit) {
		if (actual == null) {
			return SheetCell.text("");
		}
		if (actual instanceof Actual.Confirmed confirmed && !confirmed.approximate()) {
			return figure(confirmed.value(), unit);
		}
		return SheetCell.text(actual.written(unit));
	}

}
