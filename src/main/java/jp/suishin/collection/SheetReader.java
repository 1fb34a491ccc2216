package jp.suishin.collection;

import java.util.List;

import jp.suishin.refusal.Problem;

/**
 * Reads an uploaded sheet as rows of cell texts as people see them, one row at a time:
 * CSV in UTF-8 (with or without a byte-order mark) or Shift_JIS, or the first sheet of an
 * xlsx workbook; implemented by the one reader of the KPI table's format
 * ({@code jp.suishin.exchange}).
 */
public interface SheetReader {

	/**
	 * Hands the sheet's rows to {@code rows} as they are read; what {@code rows} throws
	 * ends the reading and goes through unchanged.
	 * @throws UnreadableSheet when the file is neither, or far too large
	 */
	void read(String fileName, byte[] content, Rows rows);

	/** Receives a sheet's rows, in order. */
	@FunctionalInterface
	interface Rows {

		/**
		 * @param number the row as a spreadsheet shows it, from 1
		 * @param cells the texts of its cells, {@code ""} for one left out
		 */
		void row(int number, List<String> cells);

		/**
		 * Whether the cells of a column of the rows to come are read; those that are not
		 * come as {@code ""}.
		 * @param column from 0
		 */
		default boolean reads(int column) {
			return true;
		}

	}

	/** A file that is not a readable CSV or xlsx, or is far too large for a KPI list. */
	class UnreadableSheet extends RuntimeException {

		private final int row;

		private final Problem problem;

		/**
		 * @param row the row where reading broke off, from 1; 0 for the whole file
		 */
		public UnreadableSheet(int row, String messageKey, Object... arguments) {
			super(messageKey);
			this.row = row;
			this.problem = Problem.of(messageKey, arguments);
		}

		public int row() {
			return row;
		}

		public Problem problem() {
			return problem;
		}

	}

}
