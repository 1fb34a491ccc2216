package jp.suishin.collection;

import java.util.List;

import jp.suishin.refusal.Problem;

/**
 * Reads an uploaded sheet into rows of cell texts as people see them: CSV in UTF-8 (with
 * or without a byte-order mark) or Shift_JIS, or the first sheet of an xlsx workbook;
 * implemented by the one reader of the KPI table's format ({@code jp.suishin.exchange}).
 */
public interface SheetReader {

	/**
	 * @throws UnreadableSheet when the file is neither
	 */
	List<List<String>> rows(String fileName, byte[] content);

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
