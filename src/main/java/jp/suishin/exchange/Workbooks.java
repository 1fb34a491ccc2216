package jp.suishin.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole file for an import (a plan's KPI sheet, the national list of local
 * governments): every worksheet in the workbook's order, each cell with the text Excel
 * shows, its number and number format, whether it is a formula (read from its cached
 * value, never evaluated), and each sheet's merged regions; xlsx (streamed, never as a
 * whole-workbook object model), xls (Excel 97–2003, record by record) or CSV (UTF-8 with
 * or without a byte-order mark, or Shift_JIS; one grid named after the file, texts only).
 * The same reading, with the same limits and checks, as {@link Sheets#read}: the file's
 * bytes decide its type, its size is capped before parsing, zip bombs, entity tricks,
 * password-protected workbooks and files that take too long are refused.
 */
public final class Workbooks {

	/** The largest file read, in bytes; uploads are capped to it before they arrive. */
	public static final int MAX_FILE_BYTES = Reading.MAX_FILE_BYTES;

	/** The worksheets a workbook may have: far more than a strategy's KPI workbook. */
	public static final int MAX_SHEETS = 100;

	/**
	 * The cells that are not empty that a workbook may hold, all sheets together: some 25
	 * times a 2,000-KPI sheet of 20 columns, and a bound on the memory the grids take.
	 */
	public static final int MAX_CELLS = 1_000_000;

	private Workbooks() {
	}

	/**
	 * @throws UnreadableSheet when the file cannot be read, with the reason
	 */
	public static Workbook read(String fileName, byte[] content) {
		return read(fileName, content, Reading.TIME_LIMIT);
	}

	/**
	 * A file read from disk (the command line's import): refused by its size before a
	 * byte of it is read into memory.
	 * @throws UnreadableSheet when the file cannot be read, with the reason
	 * @throws UncheckedIOException when the file cannot be opened at all
	 */
	public static Workbook read(Path file) {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		try {
			if (Files.size(file) > MAX_FILE_BYTES) {
				throw UnreadableSheet.file("exchange.too-large", name, MAX_FILE_BYTES / 1024 / 1024);
			}
			return read(name, Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** As {@link #read(String, byte[])}, within another time limit (for tests). */
	static Workbook read(String fileName, byte[] content, Duration timeLimit) {
		Collecting grids = new Collecting();
		Reading.read(fileName, content, grids, timeLimit);
		grids.finish();
		return new Workbook(grids.sheets);
	}

	/** The grids of the sheets as they are read. */
	private static final class Collecting implements Reading.Sink {

		final List<Grid> sheets = new ArrayList<>();

		private String name;

		private List<List<GridCell>> rows;

		private List<CellRange> merges;

		private long cells;

		@Override
		public boolean sheet(String sheetName) {
			finish();
			if (sheets.size() >= MAX_SHEETS) {
				throw UnreadableSheet.file("exchange.too-many-sheets", MAX_SHEETS);
			}
			name = sheetName;
			rows = new ArrayList<>();
			merges = new ArrayList<>();
			return true;
		}

		@Override
		public void row(int number, List<GridCell> row) {
			while (rows.size() < number - 1) {
				rows.add(List.of());
			}
			List<GridCell> restored = new ArrayList<>(row.size());
			for (GridCell cell : row) {
				if (cell == GridCell.EMPTY) {
					restored.add(cell);
					continue;
				}
				if (++cells > MAX_CELLS) {
					throw UnreadableSheet.row(number, "exchange.too-many-cells", MAX_CELLS);
				}
				String text = FormulaGuard.restore(cell.text());
				restored.add(text.equals(cell.text()) ? cell
						: new GridCell(text, cell.number(), cell.format(), cell.formula()));
			}
			// trailing empty cells are left out, as a spreadsheet leaves them out
			int size = restored.size();
			while (size > 0 && restored.get(size - 1) == GridCell.EMPTY) {
				size--;
			}
			rows.add(size == restored.size() ? restored : restored.subList(0, size));
		}

		@Override
		public void merge(CellRange range) {
			merges.add(range);
		}

		void finish() {
			if (name != null) {
				sheets.add(new Grid(name, rows, merges));
				name = null;
			}
		}

	}

}
