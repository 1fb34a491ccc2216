package jp.suishin.report;

import java.util.List;
import java.util.Locale;

import jp.suishin.access.Rights;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.progress.Evaluation;
import jp.suishin.progress.KpiEvaluation;

/**
 * 評価指標一覧: a plan's KPIs for a report year, one column per fiscal year up to it, with 進捗率
 * and grade from the evaluation engine, the summary beneath and the analysis. Re-listed
 * rows (再掲) are shown but counted once.
 *
 * @param rights what the viewer may do with the plan's organisation's data (which forms
 * the page offers); the rows hold only the values the viewer may see
 * @param evaluation the engine's result: summary, drafted analysis, lint
 * @param analysis the analysis to show: the planner's edited text when there is one, else
 * the draft
 * @param analysisEdited whether {@code analysis} is the planner's text
 * @param schemeRevisions the plan's revisions of its scheme (中間見直し), oldest first
 */
public record KpiList(Plan plan, Organization owner, Rights rights, FiscalYear year, List<FiscalYear> columns,
		List<FiscalYear> selectableYears, List<Row> rows, Evaluation evaluation, String analysis,
		boolean analysisEdited, List<SchemeRevision> schemeRevisions) {

	/**
	 * The analysis in the reader's language: the planner's text as written, or the
	 * engine's draft in that language.
	 */
	public String analysis(Locale locale) {
		return analysisEdited ? analysis : evaluation.analysis(locale);
	}

	public KpiList {
		columns = List.copyOf(columns);
		selectableYears = List.copyOf(selectableYears);
		rows = List.copyOf(rows);
		schemeRevisions = List.copyOf(schemeRevisions);
	}

	/**
	 * The name of the level the KPIs are listed under (プロジェクト, 事業 …), for the first
	 * column's header.
	 */
	public String nodeLevelName() {
		return plan.levelName(rows.isEmpty() ? 1 : rows.get(0).node().depth());
	}

	/**
	 * One printed row.
	 *
	 * @param node the node the KPI is listed under
	 * @param nodeRows how many consecutive rows share this node (for the merged cell), 0
	 * for the rows after the first
	 * @param cells one entry per column
	 * @param milestone the report year's milestone (目安値) as printed, or 「－」
	 */
	public record Row(PlanNode node, int nodeRows, Kpi kpi, boolean relisted, String baseline, List<Cell> cells,
			String milestone, String target, KpiEvaluation evaluation) {

		public Row {
			cells = List.copyOf(cells);
		}

		// The page reads the grades through these: a grade is one of several records,
		// and an expression compiled for one kind would fall back for the next.

		public String gradeLabel() {
			return evaluation.grade().label();
		}

		public String gradeCode() {
			return evaluation.grade().code();
		}

		/** The grade on the revised (or original) baseline, or {@code null}. */
		public String comparisonGradeLabel() {
			return evaluation.comparisonGrade() == null ? null : evaluation.comparisonGrade().label();
		}

	}

	/**
	 * A year's value in a row: the stored value (or {@code null}) and how it is printed.
	 */
	public record Cell(FiscalYear year, YearlyValue value, String text, boolean lagging) {

		/** Whether the value is still being counted (集計中). */
		public boolean pending() {
			return value != null && value.actual() instanceof jp.suishin.kpi.Actual.Pending;
		}

		/** The month a pending value is expected in, or {@code null}. */
		public Integer expectedMonth() {
			return value != null && value.actual() instanceof jp.suishin.kpi.Actual.Pending pending
					? pending.expectedMonth() : null;
		}

	}

}
