package jp.suishin.report;

import java.util.List;

import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.progress.Progress;
import jp.suishin.progress.ProgressSummary;

/**
 * 評価指標一覧: a plan's KPIs for a report year, one column per fiscal year up to it, with 進捗率
 * and the summary beneath. Re-listed rows (再掲) are shown but counted once.
 */
public record KpiList(Plan plan, Organization owner, FiscalYear year, List<FiscalYear> columns,
		List<FiscalYear> selectableYears, List<Row> rows, ProgressSummary summary) {

	public KpiList {
		columns = List.copyOf(columns);
		selectableYears = List.copyOf(selectableYears);
		rows = List.copyOf(rows);
	}

	/**
	 * One printed row.
	 *
	 * @param node the node the KPI is listed under
	 * @param nodeRows how many consecutive rows share this node (for the merged cell), 0
	 * for the rows after the first
	 * @param cells one entry per column, {@code null} where the year has no value
	 */
	public record Row(PlanNode node, int nodeRows, Kpi kpi, boolean relisted, String baseline, List<Cell> cells,
			String target, Progress progress) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

	/**
	 * A year's value in a row: the stored value (or {@code null}) and how it is printed.
	 */
	public record Cell(FiscalYear year, YearlyValue value, String text) {
	}

}
