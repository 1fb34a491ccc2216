package jp.suishin.planimport;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.Problem;

/**
 * What an import of a plan's KPI sheet would do (a dry run) or did (a commit): the plan,
 * what is created, changed and left unchanged, each KPI as read, and every warning,
 * problem and refused value with where it is written. A commit with problems stored
 * nothing.
 *
 * @param planId the plan imported into once committed; on a dry run the existing plan's
 * id, or {@code null} for a new plan
 * @param refused values (or definition changes) of fixed years that the import leaves as
 * they are
 * @param formulaCells the cells the import read a formula's cached value from
 * ({@code F12})
 */
public record ImportReport(boolean dryRun, Long planId, PlanPart plan, Counts created, Counts changed, Counts unchanged,
		List<KpiPart> kpis, List<String> ignoredColumns, List<Issue> warnings, List<Issue> problems,
		List<Issue> refused, List<String> formulaCells, List<SheetColumn> columns) {

	public ImportReport {
		kpis = List.copyOf(kpis);
		ignoredColumns = List.copyOf(ignoredColumns);
		warnings = List.copyOf(warnings);
		problems = List.copyOf(problems);
		refused = List.copyOf(refused);
		formulaCells = List.copyOf(formulaCells);
		columns = List.copyOf(columns);
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	/**
	 * The plan imported into.
	 *
	 * @param existing whether the plan exists already (a re-import)
	 */
	public record PlanPart(String name, String owner, FiscalYear from, FiscalYear to, List<String> levels,
			boolean existing) {

		public PlanPart {
			levels = List.copyOf(levels);
		}

	}

	/** How many nodes, KPIs (with their listings) and values. */
	public record Counts(int nodes, int kpis, int values) {

		public static final Counts NONE = new Counts(0, 0, 0);

	}

	/**
	 * A KPI row as the import reads it.
	 *
	 * @param change created, changed or unchanged
	 */
	public record KpiPart(String sheet, int row, List<String> path, String name, boolean relisted, String unit,
			String direction, boolean directionInferred, String aggregation, Figure baseline, Figure target,
			SortedMap<FiscalYear, ValuePart> values, Change change) {

		public KpiPart {
			path = List.copyOf(path);
			values = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(values));
		}

	}

	/** A baseline or target: {@code value} and {@code year} may each be missing. */
	public record Figure(BigDecimal value, FiscalYear year) {
	}

	/**
	 * A year's value as read.
	 *
	 * @param value {@code null} while pending
	 * @param status confirmed, preliminary or pending; {@code removed} for 「－」 over a
	 * stored value
	 * @param expectedMonth for a pending value, the month it is expected, or {@code null}
	 */
	public record ValuePart(BigDecimal value, String status, Integer expectedMonth, Change change) {
	}

	public enum Change {

		CREATED, CHANGED, UNCHANGED, REFUSED

	}

	/**
	 * Something about the sheet, where it is written.
	 *
	 * @param row the sheet row from 1; 0 for the whole file
	 * @param column the column's letters, or {@code null}
	 * @param cell what the cell says, or {@code null}
	 */
	public record Issue(String sheet, int row, String column, String cell, Problem problem) {

		static Issue of(SheetIssue issue) {
			return new Issue(issue.sheet(), issue.row(), issue.column(), issue.cell(), issue.problem());
		}

	}

}
