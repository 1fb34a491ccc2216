package jp.suishin.collection;

import java.util.List;

/**
 * Reads an uploaded sheet into rows of cell texts as people see them: CSV in UTF-8 (with
 * or without a byte-order mark) or Shift_JIS, or the first sheet of an xlsx workbook.
 */
public interface SheetReader {

	/**
	 * @throws UnreadableSheet when the file is neither
	 */
	List<List<String>> rows(String fileName, byte[] content);

	/** A file that is not a readable CSV or xlsx. */
	class UnreadableSheet extends RuntimeException {

		private final int row;

		public UnreadableSheet(String reason) {
			this(reason, 0);
		}

		/**
		 * @param row the row where reading broke off, from 1; 0 when unknown
		 */
		public UnreadableSheet(String reason, int row) {
			super(reason);
			this.row = row;
		}

		public int row() {
			return row;
		}

	}

}
