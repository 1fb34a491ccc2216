package jp.suishin.planimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.exchange.CellRange;
import jp.suishin.exchange.Grid;
import jp.suishin.exchange.GridCell;
import jp.suishin.exchange.Workbook;

/** Sheets built in code, as a city keeps them. */
final class Grids {

	private Grids() {
	}

	/** A grid from rows of cells: a String is a text, a GridCell as it is, null empty. */
	static Grid grid(String name, List<CellRange> merges, Object[]... rows) {
		List<List<GridCell>> cells = new ArrayList<>();
		for (Object[] row : rows) {
			List<GridCell> line = new ArrayList<>();
			for (Object cell : row) {
				line.add(cell instanceof GridCell g ? g : GridCell.text((String) cell));
			}
			cells.add(line);
		}
		return new Grid(name, cells, merges);
	}

	static Workbook book(Grid... grids) {
		return new Workbook(List.of(grids));
	}

	static Workbook sheet(Object[]... rows) {
		return book(grid("KPI一覧", List.of(), rows));
	}

	static Object[] row(Object... cells) {
		return cells;
	}

	/** A typed number as the sheet shows it. */
	static GridCell number(String shown, String number, String format) {
		return new GridCell(shown, new BigDecimal(number), format, false);
	}

	static GridCell number(String number) {
		return new GridCell(number, new BigDecimal(number), null, false);
	}

	static GridCell formula(String shown, String number) {
		return new GridCell(shown, new BigDecimal(number), null, true);
	}

	/** Rows and columns from 0, inclusive. */
	static CellRange merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
		return new CellRange(firstRow, lastRow, firstColumn, lastColumn);
	}

}
