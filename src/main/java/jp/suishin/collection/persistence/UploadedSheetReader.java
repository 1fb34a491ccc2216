package jp.suishin.collection.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.suishin.collection.SheetReader;
import jp.suishin.notation.Csv;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * CSV (UTF-8, else Shift_JIS as Excel in Japan saves it) and xlsx (Apache POI, with its
 * zip-bomb checks left on; cells read as Excel shows them).
 */
@Component
class UploadedSheetReader implements SheetReader {

	private static final Charset SHIFT_JIS = Charset.forName("Windows-31J");

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** Far more than any KPI list: a plan has dozens of KPIs and a few dozen years. */
	static final int MAX_ROWS = 5000;

	static final int MAX_COLUMNS = 200;

	@Override
	public List<List<String>> rows(String fileName, byte[] content) {
		if (isZip(content) || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"))) {
			return xlsx(fileName, content);
		}
		try {
			List<List<String>> rows = Csv.parse(decode(fileName, content));
			if (rows.size() > MAX_ROWS) {
				throw new UnreadableSheet(MAX_ROWS + 1, "upload.too-many-rows", MAX_ROWS);
			}
			return rows;
		}
		catch (Csv.UnterminatedQuote ex) {
			throw new UnreadableSheet(ex.record(), "upload.unterminated-quote");
		}
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

	static String decode(String fileName, byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			try {
				return SHIFT_JIS.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString();
			}
			catch (CharacterCodingException neither) {
				throw new UnreadableSheet(0, "upload.unreadable", fileName == null ? "" : fileName);
			}
		}
	}

	private static List<List<String>> xlsx(String fileName, byte[] content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				return List.of();
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.JAPAN);
			List<List<String>> rows = new ArrayList<>();
			// Only the cells that exist: a sheet with one cell far to the right or far
			// down
			// must not become millions of empty ones.
			for (Row row : sheet) {
				if (row.getRowNum() >= MAX_ROWS) {
					throw new UnreadableSheet(row.getRowNum() + 1, "upload.too-many-rows", MAX_ROWS);
				}
				while (rows.size() < row.getRowNum()) {
					rows.add(List.of());
				}
				List<String> cells = new ArrayList<>();
				for (Cell cell : row) {
					if (cell.getColumnIndex() >= MAX_COLUMNS) {
						throw new UnreadableSheet(row.getRowNum() + 1, "upload.too-many-columns", MAX_COLUMNS);
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
			throw new UnreadableSheet(0, "upload.unreadable", fileName == null ? "" : fileName);
		}
	}

}
