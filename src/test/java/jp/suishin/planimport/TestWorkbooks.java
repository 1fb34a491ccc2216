package jp.suishin.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks the tests write as a person would in Excel. */
final class TestWorkbooks {

	private TestWorkbooks() {
	}

	/**
	 * One sheet of rows: a {@link Number} cell is typed numeric, a text starting with
	 * {@code =} is a formula, {@code null} leaves the cell empty.
	 * @param merges ranges such as {@code A3:A5}
	 */
	static byte[] xlsx(String sheetName, List<List<Object>> rows, String... merges) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<Object> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					Object value = cells.get(c);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value.toString().startsWith("=")) {
						cell.setCellFormula(value.toString().substring(1));
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			for (String merge : merges) {
				sheet.addMergedRegion(CellRangeAddress.valueOf(merge));
			}
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
