package jp.suishin.exchange;

import java.util.List;

/**
 * One sheet of a workbook as read for an import: its cells by row and column (from 0) and
 * its merged regions. A CSV file is one grid without merges.
 *
 * @param name the sheet's name as the workbook shows it ({@code KPI一覧}); the file name
 * for CSV
 * @param rows each row's cells, left to right; a row or cell the sheet leaves out is an
 * empty list or missing
 * @param merges the merged regions; the value of a region is its top-left cell's
 */
public record Grid(String name, List<List<GridCell>> rows, List<CellRange> merges) {

	public Grid {
		rows = rows.stream().map(List::copyOf).toList();
		merges = List.copyOf(merges);
	}

	public int rowCount() {
		return rows.size();
	}

	/** The cell as stored; {@link GridCell#EMPTY} outside what the sheet holds. */
	public GridCell cell(int row, int column) {
		if (row < 0 || row >= rows.size() || column < 0) {
			return GridCell.EMPTY;
		}
		List<GridCell> cells = rows.get(row);
		return column < cells.size() ? cells.get(column) : GridCell.EMPTY;
	}

	/**
	 * The cell as a reader sees it: inside a merged region, the region's top-left cell.
	 */
	public GridCell shown(int row, int column) {
		for (CellRange merge : merges) {
			if (merge.contains(row, column)) {
				return cell(merge.firstRow(), merge.firstColumn());
			}
		}
		return cell(row, column);
	}

	/** The merged region a cell lies in, or {@code null}. */
	public CellRange mergeAt(int row, int column) {
		for (CellRange merge : merges) {
			if (merge.contains(row, column)) {
				return merge;
			}
		}
		return null;
	}

	/** A column's letters as a spreadsheet names it: 0 → A, 26 → AA. */
	public static String columnName(int column) {
		StringBuilder name = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			name.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return name.toString();
	}

}
