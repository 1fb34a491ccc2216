package jp.suishin.planimport;

import java.util.List;

/**
 * A plan's KPI sheet as read: which sheet, the plan's title as the sheet names it, the
 * levels' names, how each column was read, the KPI rows and the nodes they hang on.
 *
 * @param sheetName the sheet the table was found in
 * @param title the first text above the table's header, or {@code null}
 * @param levelNames the level columns' headers as written, from level 1
 * @param mapping every column and its role
 * @param kpis the KPI rows in sheet order
 * @param ignoredColumns the headers of known columns that are not imported (進捗率, 備考)
 * @param warnings what the planner should look at; the import can go on
 * @param problems what stops the import
 * @param nodes every node of the tree in sheet order, with or without KPIs
 */
public record PlanSheet(String sheetName, String title, List<String> levelNames, ColumnMapping mapping,
		List<SheetKpiRow> kpis, List<String> ignoredColumns, List<SheetIssue> warnings, List<SheetIssue> problems,
		List<SheetNode> nodes) {

	public PlanSheet {
		levelNames = List.copyOf(levelNames);
		kpis = List.copyOf(kpis);
		ignoredColumns = List.copyOf(ignoredColumns);
		warnings = List.copyOf(warnings);
		problems = List.copyOf(problems);
		nodes = List.copyOf(nodes);
	}

	/** Whether the sheet can be imported as read. */
	public boolean readable() {
		return problems.isEmpty();
	}

}
