package jp.suishin.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One sheet of a workbook as read for an import: its cells by row and column (from 0) and
 * its merged regions. A CSV file is one grid without merges. A cell's merged region is
 * looked up in logarithmic time (a sheet may hold thousands of regions over thousands of
 * rows); regions do not overlap in a workbook Excel writes, and where a file's do, the
 * one starting last above a cell wins.
 */
public final class Grid {

	private final String name;

	private final List<List<GridCell>> rows;

	private final List<CellRange> merges;

	/** By column, the regions covering it, by first row; made on first look-up. */
	private volatile CellRange[][] byColumn;

	/**
	 * @param name the sheet's name as the workbook shows it ({@code KPI一覧}); the file
	 * name for CSV
	 * @param rows each row's cells, left to right; a row or cell the sheet leaves out is
	 * an empty list or missing
	 * @param merges the merged regions; the value of a region is its top-left cell's
	 */
	public Grid(String name, List<List<GridCell>> rows, List<CellRange> merges) {
		this.name = name;
		this.rows = rows.stream().map(List::copyOf).toList();
		this.merges = List.copyOf(merges);
	}

	public String name() {
		return name;
	}

	public List<List<GridCell>> rows() {
		return rows;
	}

	public List<CellRange> merges() {
		return merges;
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
		CellRange merge = mergeAt(row, column);
		return merge == null ? cell(row, column) : cell(merge.firstRow(), merge.firstColumn());
	}

	/** The merged region a cell lies in, or {@code null}. */
	public CellRange mergeAt(int row, int column) {
		CellRange[][] index = index();
		if (column < 0 || column >= index.length) {
			return null;
		}
		CellRange[] regions = index[column];
		int low = 0;
		int high = regions.length - 1;
		int found = -1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			if (regions[middle].firstRow() <= row) {
				found = middle;
				low = middle + 1;
			}
			else {
				high = middle - 1;
			}
		}
		return found >= 0 && regions[found].contains(row, column) ? regions[found] : null;
	}

	private CellRange[][] index() {
		CellRange[][] index = byColumn;
		if (index == null) {
			int width = 0;
			for (CellRange merge : merges) {
				width = Math.max(width, merge.lastColumn() + 1);
			}
			List<List<CellRange>> columns = new ArrayList<>();
			for (int c = 0; c < width; c++) {
				columns.add(new ArrayList<>());
			}
			for (CellRange merge : merges) {
				for (int c = merge.firstColumn(); c <= merge.lastColumn(); c++) {
					columns.get(c).add(merge);
				}
			}
			index = new CellRange[width][];
			for (int c = 0; c < width; c++) {
				List<CellRange> regions = columns.get(c);
				regions.sort(Comparator.comparingInt(CellRange::firstRow));
				index[c] = regions.toArray(CellRange[]::new);
			}
			byColumn = index;
		}
		return index;
	}

	/** A column's letters as a spreadsheet names it: 0 → A, 26 → AA. */
	public static String columnName(int column) {
		StringBuilder name = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			name.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return name.toString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Grid grid && name.equals(grid.name) && rows.equals(grid.rows)
				&& merges.equals(grid.merges);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, rows, merges);
	}

	@Override
	public String toString() {
		return "Grid[name=" + name + ", rows=" + rows + ", merges=" + merges + "]";
	}

}
