package jp.suishin.planimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jp.suishin.exchange.CellRange;
import jp.suishin.exchange.Grid;
import jp.suishin.exchange.GridCell;

/**
 * A grid's merged regions looked up by cell in logarithmic time: {@link Grid#shown} goes
 * through every region, and a sheet may hold thousands of them over thousands of rows.
 * Regions do not overlap in a workbook Excel writes; where a file's do, the one starting
 * last above a cell wins.
 */
final class MergedCells {

	private final Grid grid;

	/** By column, the regions covering it, by first row. */
	private final CellRange[][] byColumn;

	MergedCells(Grid grid, int width) {
		this.grid = grid;
		List<List<CellRange>> columns = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			columns.add(new ArrayList<>());
		}
		for (CellRange merge : grid.merges()) {
			for (int c = merge.firstColumn(); c <= Math.min(merge.lastColumn(), width - 1); c++) {
				columns.get(c).add(merge);
			}
		}
		byColumn = new CellRange[width][];
		for (int c = 0; c < width; c++) {
			List<CellRange> regions = columns.get(c);
			regions.sort(Comparator.comparingInt(CellRange::firstRow));
			byColumn[c] = regions.toArray(CellRange[]::new);
		}
	}

	/** The merged region a cell lies in, or {@code null}. */
	CellRange at(int row, int column) {
		if (column < 0 || column >= byColumn.length) {
			return column < 0 ? null : grid.mergeAt(row, column);
		}
		CellRange[] regions = byColumn[column];
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

	/**
	 * The cell as a reader sees it: inside a merged region, the region's top-left cell.
	 */
	GridCell shown(int row, int column) {
		CellRange merge = at(row, column);
		return merge == null ? grid.cell(row, column) : grid.cell(merge.firstRow(), merge.firstColumn());
	}

}
