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

	@Override
	public List<List<String>> rows(String fileName, byte[] content) {
		if (isZip(content) || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"))) {
			return xlsx(content);
		}
		try {
			return Csv.parse(decode(content));
		}
		catch (Csv.UnterminatedQuote ex) {
			throw new UnreadableSheet(ex.getMessage(), ex.record());
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

	static String decode(byte[] content) {
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
				throw new UnreadableSheet("neither UTF-8 nor Shift_JIS");
			}
		}
	}

	private static List<List<String>> xlsx(byte[] content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				return List.of();
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.JAPAN);
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : formatter.formatCellValue(cell));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableSheet(ex.getMessage());
		}
	}

}
