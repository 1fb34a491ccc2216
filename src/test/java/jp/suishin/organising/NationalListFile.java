package jp.suishin.organising;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A national list of local governments in the layout the Ministry of Internal Affairs
 * publishes (全国地方公共団体コード), made by the test: a title row, the header with its line
 * breaks, then one row per prefecture (市区町村名 empty) or municipality.
 */
final class NationalListFile {

	static final String TITLE = "都道府県コード及び市区町村コード（令和６年１月１日現在）";

	static final List<String> HEADER = List.of("団体コード", "都道府県名\n（漢字）", "市区町村名\n（漢字）", "都道府県名\n（カナ）", "市区町村名\n（カナ）");

	private NationalListFile() {
	}

	/** One row: code, prefecture, municipality (blank for the prefecture's own row). */
	record Line(String code, String prefecture, String municipality) {

		List<String> cells() {
			return List.of(code, prefecture, municipality, "カナ", municipality.isEmpty() ? "" : "カナ");
		}

	}

	static Line line(String code, String prefecture, String municipality) {
		return new Line(code, prefecture, municipality);
	}

	static byte[] xlsx(List<Line> lines) {
		return xlsx(lines, false);
	}

	/**
	 * @param numericCodes whether the codes are typed as numbers (as a list re-saved by
	 * hand may have them: 010006 becomes 10006)
	 */
	static byte[] xlsx(List<Line> lines, boolean numericCodes) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("R6.1.1現在の団体");
			sheet.createRow(0).createCell(0).setCellValue(TITLE);
			Row header = sheet.createRow(2);
			for (int c = 0; c < HEADER.size(); c++) {
				header.createCell(c).setCellValue(HEADER.get(c));
			}
			for (int i = 0; i < lines.size(); i++) {
				Row row = sheet.createRow(3 + i);
				List<String> cells = lines.get(i).cells();
				for (int c = 0; c < cells.size(); c++) {
					if (c == 0 && numericCodes) {
						row.createCell(c).setCellValue(Double.parseDouble(cells.get(c)));
					}
					else {
						row.createCell(c).setCellValue(cells.get(c));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * As Excel in Japan saves a CSV: Shift_JIS, CRLF, headers quoted for their line
	 * breaks.
	 */
	static byte[] csvShiftJis(List<Line> lines) {
		return csv(lines, Charset.forName("Windows-31J"), "");
	}

	static byte[] csvUtf8WithBom(List<Line> lines) {
		return csv(lines, StandardCharsets.UTF_8, "\uFEFF");
	}

	private static byte[] csv(List<Line> lines, Charset charset, String start) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(TITLE));
		rows.add(HEADER);
		lines.forEach(l -> rows.add(l.cells()));
		StringBuilder csv = new StringBuilder(start);
		for (List<String> row : rows) {
			csv.append(String.join(",", row.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").toList()))
				.append("\r\n");
		}
		return csv.toString().getBytes(charset);
	}

	/** A check digit computed the long way, for lists made up of many codes. */
	static String withCheckDigit(String five) {
		int sum = 0;
		int weight = 6;
		for (char digit : five.toCharArray()) {
			sum += (digit - '0') * weight--;
		}
		return five + (11 - sum % 11) % 10;
	}

}
