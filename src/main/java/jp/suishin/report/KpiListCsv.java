package jp.suishin.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jp.suishin.kpi.Aggregation;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.progress.KpiFigures;

/**
 * Writes a KPI list as CSV in the columns the {@code evaluate} command reads: プロジェクト,
 * 評価指標, 単位, 方向, 集計, 基準値, 基準年度, 目標値, 目標年度, one column per fiscal year and one 目安値 column
 * per year that has a milestone. Values are written as the reports write them, so the
 * file reads back to the same figures.
 */
public final class KpiListCsv {

	private static final Map<Aggregation, String> AGGREGATIONS = Map.of(Aggregation.YEARLY, "単年",
			Aggregation.CUMULATIVE, "累計", Aggregation.AVERAGE, "平均", Aggregation.STOCK, "ストック");

	private KpiListCsv() {
	}

	public static String write(KpiList list) {
		TreeSet<FiscalYear> milestoneYears = new TreeSet<>();
		list.rows().forEach(row -> milestoneYears.addAll(row.evaluation().kpi().milestones().keySet()));
		List<String> header = new ArrayList<>(
				List.of("プロジェクト", "評価指標", "単位", "方向", "集計", "基準値", "基準年度", "目標値", "目標年度"));
		list.columns().forEach(year -> header.add(year.eraLabel()));
		milestoneYears.forEach(year -> header.add("目安値" + year.eraLabel()));
		StringBuilder csv = new StringBuilder();
		line(csv, header);
		for (KpiList.Row row : list.rows()) {
			KpiFigures kpi = row.evaluation().kpi();
			List<String> cells = new ArrayList<>();
			cells.add(text(kpi.project()));
			cells.add(text(row.relisted() ? kpi.name() + "（再掲）" : kpi.name()));
			cells.add(kpi.unit().text());
			cells.add(kpi.direction().word());
			cells.add(AGGREGATIONS.get(kpi.aggregation()));
			cells.add(kpi.baseline() == null ? "" : QuantityFormat.format(kpi.baseline().value(), kpi.unit()));
			cells.add(kpi.baseline() == null || kpi.baseline().year() == null ? "" : kpi.baseline().year().eraLabel());
			cells.add(kpi.target() == null ? "" : QuantityFormat.format(kpi.target().value(), kpi.unit()));
			cells.add(kpi.target() == null || kpi.target().year() == null ? "" : kpi.target().year().eraLabel());
			for (KpiList.Cell cell : row.cells()) {
				cells.add(cell.lagging() || cell.value() == null ? "" : cell.value().actual().written(kpi.unit()));
			}
			for (FiscalYear year : milestoneYears) {
				BigDecimal milestone = kpi.milestones().get(year);
				cells.add(milestone == null ? "" : QuantityFormat.format(milestone, kpi.unit()));
			}
			line(csv, cells);
		}
		return csv.toString();
	}

	/**
	 * A text typed by people, written so that a spreadsheet never runs it as a formula:
	 * one that starts like a formula gets a leading apostrophe (OWASP CSV injection).
	 */
	static String text(String written) {
		if (written == null || written.isEmpty()) {
			return written;
		}
		return "=+-@\t\r".indexOf(written.charAt(0)) >= 0 ? "'" + written : written;
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			String cell = cells.get(i) == null ? "" : cells.get(i);
			boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
			csv.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
		}
		csv.append("\r\n");
	}

}
