package jp.suishin.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Sheets as rows of cell texts, read and written: CSV (RFC 4180; read in UTF-8 with or
 * without a byte-order mark, else Shift_JIS as Excel in Japan saves it; written in UTF-8
 * with a byte-order mark, for Excel) and the first sheet of an xlsx workbook (Apache POI,
 * with its zip-bomb checks left on; cells read as Excel shows them). Every cell passes
 * {@link FormulaGuard} both ways.
 */
public final class Sheets {

	/** Far more than any KPI list: a plan has dozens of KPIs and a few dozen years. */
	public static final int MAX_ROWS = 5000;

	public static final int MAX_COLUMNS = 200;

	private static final Charset SHIFT_JIS = Charset.forName("Windows-31J");

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final String BOM = "\uFEFF";

	private Sheets() {
	}

	/**
	 * The rows of a sheet, each a list of the texts its cells stand for.
	 * @throws UnreadableSheet when the file is neither CSV nor xlsx, or far too large
	 */
	public static List<List<String>> read(String fileName, byte[] content) {
		List<List<String>> rows = isZip(content) || hasExtension(fileName, ".xlsx") ? xlsx(fileName, content)
				: csv(fileName, content);
		List<List<String>> restored = new ArrayList<>(rows.size());
		for (List<String> row : rows) {
			restored.add(row.stream().map(FormulaGuard::restore).toList());
		}
		return restored;
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

	private static boolean hasExtension(String fileName, String extension) {
		return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(extension);
	}

	private static boolean isZip(byte[] content) {
		if (content.length < ZIP.length) {
			return false;
		}
		for (int i = 0; i < ZIP.length; i++) {
			if (content[i] != ZIP[i]) {
				return false;
			}
		}
		return true;
	}

	private static List<List<String>> csv(String fileName, byte[] content) {
		List<List<String>> rows;
		try {
			rows = Csv.parse(decode(fileName, content));
		}
		catch (Csv.UnterminatedQuote ex) {
			throw UnreadableSheet.row(ex.record(), "exchange.unterminated-quote");
		}
		if (rows.size() > MAX_ROWS) {
			throw UnreadableSheet.row(MAX_ROWS + 1, "exchange.too-many-rows", MAX_ROWS);
		}
		for (int r = 0; r < rows.size(); r++) {
			if (rows.get(r).size() > MAX_COLUMNS) {
				throw UnreadableSheet.row(r + 1, "exchange.too-many-columns", MAX_COLUMNS);
			}
		}
		return rows;
	}

	/** UTF-8 (a byte-order mark is dropped by the parser), else Shift_JIS. */
	private static String decode(String fileName, byte[] content) {
		try {
			return strictly(StandardCharsets.UTF_8, content);
		}
		catch (CharacterCodingException notUtf8) {
			try {
				return strictly(SHIFT_JIS, content);
			}
			catch (CharacterCodingException neither) {
				throw UnreadableSheet.file("exchange.unreadable", fileName == null ? "" : fileName);
			}
		}
	}

	private static String strictly(Charset charset, byte[] content) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(content))
			.toString();
	}

	private static List<List<String>> xlsx(String fileName, byte[] content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				return List.of();
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.JAPAN);
			// A formula cell reads as what Excel shows, not as its formula.
			formatter.setUseCachedValuesForFormulaCells(true);
			List<List<String>> rows = new ArrayList<>();
			// Only the cells that exist: a sheet with one cell far to the right or far
			// down must not become millions of empty ones.
			for (Row row : sheet) {
				if (row.getRowNum() >= MAX_ROWS) {
					throw UnreadableSheet.row(row.getRowNum() + 1, "exchange.too-many-rows", MAX_ROWS);
				}
				while (rows.size() < row.getRowNum()) {
					rows.add(List.of());
				}
				List<String> cells = new ArrayList<>();
				for (Cell cell : row) {
					if (cell.getColumnIndex() >= MAX_COLUMNS) {
						throw UnreadableSheet.row(row.getRowNum() + 1, "exchange.too-many-columns", MAX_COLUMNS);
					}
					while (cells.size() < cell.getColumnIndex()) {
						cells.add("");
					}
					cells.add(formatter.formatCellValue(cell));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (UnreadableSheet ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw UnreadableSheet.file("exchange.unreadable", fileName == null ? "" : fileName);
		}
	}

}
