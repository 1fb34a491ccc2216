package jp.suishin.report;

import java.util.List;
import java.util.TreeMap;

import jp.suishin.exchange.KpiTableWriter;
import jp.suishin.kpi.Actual;
import jp.suishin.notation.FiscalYear;
import jp.suishin.progress.KpiFigures;
import jp.suishin.progress.YearlyActuals;

/**
 * The KPI list in the one sheet format ({@link KpiTableWriter}), as CSV or xlsx: the
 * columns the {@code evaluate} command and the department's upload read, each year's
 * value as the list shows it (a year graded on an earlier one stays empty).
 */
public final class KpiListExport {

	private KpiListExport() {
	}

	/** CSV in UTF-8 with a byte-order mark, for Excel. */
	public static byte[] csv(KpiList list) {
		return KpiTableWriter.csv(list.columns(), kpis(list));
	}

	/** An xlsx workbook with one sheet named after the list's year. */
	public static byte[] xlsx(KpiList list) {
		return KpiTableWriter.xlsx(list.year().eraLabel(), list.columns(), kpis(list));
	}

	private static List<KpiFigures> kpis(KpiList list) {
		return list.rows().stream().map(KpiListExport::kpi).toList();
	}

	private static KpiFigures kpi(KpiList.Row row) {
		KpiFigures kpi = row.evaluation().kpi();
		TreeMap<FiscalYear, Actual> shown = new TreeMap<>();
		for (KpiList.Cell cell : row.cells()) {
			if (!cell.lagging() && cell.value() != null) {
				shown.put(cell.year(), cell.value().actual());
			}
		}
		return new KpiFigures(kpi.id(), kpi.project(), kpi.name(), row.relisted(), kpi.unit(), kpi.direction(),
				kpi.aggregation(), kpi.baseline(), kpi.target(), YearlyActuals.of(shown), kpi.milestones(), null);
	}

}
