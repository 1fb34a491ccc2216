package jp.suishin.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Sheets as rows of cell texts, read and written: read from the first worksheet of an
 * xlsx or xls workbook or from CSV (RFC 4180; UTF-8 with or without a byte-order mark,
 * else Shift_JIS as Excel in Japan saves it), through the one hardened reading that
 * {@link Workbooks#read} takes too (the file's bytes decide its type, size capped before
 * parsing, zip bombs, entity tricks, password-protected workbooks and overlong reads
 * refused; see {@link Reading}); cells read as Excel shows them (see {@link XlsxRows},
 * {@link XlsRows}). Written as CSV in UTF-8 with a byte-order mark, for Excel, or as an
 * xlsx workbook of one sheet. Reading hands on one row at a time, so an xlsx sheet is
 * never held whole. Every cell passes {@link FormulaGuard} both ways.
 */
public final class Sheets {

	/** Far more than any KPI list: a plan has dozens of KPIs and a few dozen years. */
	public static final int MAX_ROWS = 5000;

	public static final int MAX_COLUMNS = 200;

	private static final String BOM = "\uFEFF";

	private Sheets() {
	}

	/** Receives the rows of a sheet one at a time, in order. */
	@FunctionalInterface
	public interface Rows {

		/**
		 * @param number the row as a spreadsheet shows it, from 1 (in CSV the record,
		 * blank lines skipped)
		 * @param cells the texts its cells stand for, {@code ""} for a cell left out
		 */
		void row(int number, List<String> cells);

		/**
		 * Whether the receiver reads a column's cells of the rows to come: a cell it does
		 * not read is handed on as {@code ""}, never formatted (the sheet's shape is
		 * checked all the same). Every column, unless the receiver says otherwise.
		 * @param column from 0
		 */
		default boolean reads(int column) {
			return true;
		}

	}

	/**
	 * The rows of a sheet, each a list of the texts its cells stand for; a row that an
	 * xlsx sheet leaves out is an empty list.
	 * @throws UnreadableSheet when the file is no sheet (CSV, xlsx, xls), is refused as
	 * hostile or password-protected, or is far too large
	 */
	public static List<List<String>> read(String fileName, byte[] content) {
		List<List<String>> rows = new ArrayList<>();
		read(fileName, content, (number, cells) -> {
			while (rows.size() < number - 1) {
				rows.add(List.of());
			}
			rows.add(cells);
		});
		return rows;
	}

	/**
	 * Hands the rows of the first worksheet to {@code rows} as they are read: the memory
	 * it takes is a row's plus an xlsx workbook's shared strings and styles (an xls sheet
	 * is held until its end, bounded by the row and column limits).
	 * @throws UnreadableSheet when the file is no sheet (CSV, xlsx, xls), is refused as
	 * hostile or password-protected, or is far too large (rows handed on before that stay
	 * handed on); what {@code rows} throws goes through unchanged
	 */
	public static void read(String fileName, byte[] content, Rows rows) {
		Reading.read(fileName, content, new Reading.Sink() {

			private boolean first = true;

			@Override
			public boolean sheet(String name) {
				boolean wanted = first;
				first = false;
				return wanted;
			}

			@Override
			public boolean reads(int column) {
				return rows.reads(column);
			}

			@Override
			public void row(int number, List<GridCell> cells) {
				List<String> restored = new ArrayList<>(cells.size());
				for (GridCell cell : cells) {
					restored.add(FormulaGuard.restore(cell.text()));
				}
				rows.row(number, restored);
			}

		});
	}

	/** The rows as CSV in UTF-8 with a byte-order mark, CRLF line ends. */
	public static byte[] csv(List<List<SheetCell>> rows) {
		StringBuilder csv = new StringBuilder(BOM);
		for (List<SheetCell> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					csv.append(',');
				}
				String cell = FormulaGuard.neutralise(row.get(i).written());
				boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
				csv.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
			}
			csv.append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The rows as the one sheet of an xlsx workbook. */
	public static byte[] xlsx(String sheetName, List<List<SheetCell>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet(sheetName);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<SheetCell> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					SheetCell cell = cells.get(c);
					Cell written = row.createCell(c);
					if (cell instanceof SheetCell.Figure figure && exactInASpreadsheet(figure.value())) {
						written.setCellValue(figure.value().doubleValue());
						written.setCellStyle(numberStyle(workbook, figure.value().scale()));
					}
					else {
						written.setCellValue(xmlSafe(FormulaGuard.neutralise(cell.written())));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot write xlsx", ex);
		}
	}

	/**
	 * Characters XML cannot carry (NUL and most other control characters) as the
	 * {@code _xHHHH_} escapes of the xlsx format, which the reader turns back.
	 */
	private static String xmlSafe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				safe.append(String.format("_x%04X_", (int) c));
			}
			else {
				safe.append(c);
			}
		}
		return safe.toString();
	}

	/** A spreadsheet number (a double) holds the figure with all its digits. */
	private static boolean exactInASpreadsheet(BigDecimal value) {
		return value.precision() <= 15 && new BigDecimal(Double.toString(value.doubleValue())).compareTo(value) == 0;
	}

	/** Thousands separators and the decimals the figure was written with. */
	private static CellStyle numberStyle(XSSFWorkbook workbook, int scale) {
		String format = scale > 0 ? "#,##0." + "0".repeat(scale) : "#,##0";
		for (int i = 0; i < workbook.getNumCellStyles(); i++) {
			CellStyle style = workbook.getCellStyleAt(i);
			if (format.equals(style.getDataFormatString())) {
				return style;
			}
		}
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

}
