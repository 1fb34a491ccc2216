package jp.suishin.exchange;

import jp.suishin.refusal.Problem;

/**
 * A sheet that cannot be read: not CSV or xlsx, far too large, or a header or cell that
 * is not the KPI table's. Reading stops at the first one.
 */
public final class UnreadableSheet extends RuntimeException {

	private final int row;

	private final String column;

	private final String cell;

	private final transient Problem problem;

	private UnreadableSheet(int row, String column, String cell, Problem problem) {
		super(problem.messageKey());
		this.row = row;
		this.column = column;
		this.cell = cell;
		this.problem = problem;
	}

	/** The whole file. */
	static UnreadableSheet file(String messageKey, Object... arguments) {
		return new UnreadableSheet(0, null, null, Problem.of(messageKey, arguments));
	}

	/** A row, from 1. */
	static UnreadableSheet row(int row, String messageKey, Object... arguments) {
		return new UnreadableSheet(row, null, null, Problem.of(messageKey, arguments));
	}

	/** A cell: its row from 1, its column's header and what it says. */
	static UnreadableSheet cell(int row, String column, String cell, Problem problem) {
		return new UnreadableSheet(row, column, cell, problem);
	}

	/** The row where reading broke off, from 1; 0 for the whole file. */
	public int row() {
		return row;
	}

	/** The header of the cell's column, or {@code null} when no cell is meant. */
	public String column() {
		return column;
	}

	/** What the cell says, or {@code null} when no cell is meant. */
	public String cell() {
		return cell;
	}

	public Problem problem() {
		return problem;
	}

}
