package jp.suishin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A KPI workbook as a city keeps it, made here with POI as xlsx and as xls, read whole:
 * two title rows, a two-row header with merged cells, goals merged down their KPIs,
 * figures with their number formats, a progress formula read from its cached value (never
 * evaluated), and further sheets; and the same table as CSV in UTF-8 with a byte-order
 * mark and in Shift_JIS.
 */
class WorkbooksTests {

	/**
	 * The workbook: sheet KPI一覧 (titles, header rows 3-4, KPIs 5-7, a footnote) and a
	 * sheet 備考.
	 */
	static byte[] cityWorkbook(Workbook workbook) throws IOException {
		Sheet sheet = workbook.createSheet("KPI一覧");
		text(sheet, 0, 0, "第2期 空知町まち・ひと・しごと創生総合戦略");
		text(sheet, 1, 0, "重要業績評価指標（KPI）の進捗状況");
		text(sheet, 2, 0, "基本目標");
		text(sheet, 2, 1, "KPI");
		text(sheet, 2, 2, "単位");
		text(sheet, 2, 3, "現状値");
		text(sheet, 2, 5, "目標値");
		text(sheet, 2, 6, "実績値");
		text(sheet, 2, 7, "進捗率");
		text(sheet, 3, 3, "値");
		text(sheet, 3, 4, "年度");
		text(sheet, 3, 6, "R5");
		sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
		sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
		sheet.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
		sheet.addMergedRegion(new CellRangeAddress(2, 2, 3, 4));
		sheet.addMergedRegion(new CellRangeAddress(2, 3, 5, 5));
		sheet.addMergedRegion(new CellRangeAddress(2, 3, 7, 7));
		CellStyle people = style(workbook, "#,##0\"人\"");
		CellStyle percent = style(workbook, "0.0%");
		text(sheet, 4, 0, "1 しごとをつくり、安心して働けるようにする");
		sheet.addMergedRegion(new CellRangeAddress(4, 6, 0, 0));
		kpi(sheet, 4, "新規就農者数（累計）", "人", 12, people, 25, 1234);
		kpi(sheet, 5, "就業率", "％", 0.639, percent, 0.7, 0.652);
		kpi(sheet, 6, "移住相談件数", "件", 312, null, 700, -312);
		text(sheet, 8, 0, "※ 実績値は各年度末時点。");
		for (int r = 4; r <= 6; r++) {
			Cell progress = sheet.getRow(r).createCell(7);
			progress.setCellFormula("G" + (r + 1) + "/F" + (r + 1));
			progress.setCellStyle(percent);
		}
		// the cached results, written in the test only: the reader never evaluates
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		Sheet notes = workbook.createSheet("備考");
		text(notes, 0, 0, "更新履歴");
		text(notes, 1, 1, "R6.4 作成");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		workbook.close();
		return out.toByteArray();
	}

	private static void kpi(Sheet sheet, int r, String name, String unit, double baseline, CellStyle style,
			double target, double actual) {
		text(sheet, r, 1, name);
		text(sheet, r, 2, unit);
		number(sheet, r, 3, baseline, style);
		text(sheet, r, 4, "H30");
		number(sheet, r, 5, target, style);
		number(sheet, r, 6, actual, style);
	}

	private static CellStyle style(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static Row row(Sheet sheet, int r) {
		return sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
	}

	private static void text(Sheet sheet, int r, int c, String text) {
		row(sheet, r).createCell(c).setCellValue(text);
	}

	private static void number(Sheet sheet, int r, int c, double value, CellStyle style) {
		Cell cell = row(sheet, r).createCell(c);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	static void assertTheCityWorkbook(jp.suishin.exchange.Workbook read) {
		assertThat(read.sheets()).extracting(Grid::name).containsExactly("KPI一覧", "備考");
		Grid grid = read.sheets().get(0);
		assertThat(grid.cell(0, 0).text()).isEqualTo("第2期 空知町まち・ひと・しごと創生総合戦略");
		assertThat(grid.merges()).contains(new CellRange(2, 3, 0, 0), new CellRange(2, 2, 3, 4),
				new CellRange(4, 6, 0, 0));
		assertThat(grid.shown(3, 1).text()).as("a header merged down two rows").isEqualTo("KPI");
		assertThat(grid.shown(3, 4).text()).isEqualTo("年度");
		assertThat(grid.shown(2, 4).text()).as("merged across: the top-left cell").isEqualTo("現状値");
		assertThat(grid.shown(6, 0).text()).as("the goal merged down its KPIs").isEqualTo("1 しごとをつくり、安心して働けるようにする");
		assertThat(grid.cell(6, 0)).isEqualTo(GridCell.EMPTY);

		GridCell farmers = grid.cell(4, 6);
		assertThat(farmers.text()).isEqualTo("1,234人");
		assertThat(farmers.number()).isEqualByComparingTo("1234");
		assertThat(farmers.format()).isEqualTo("#,##0\"人\"");
		assertThat(farmers.formula()).isFalse();
		assertThat(grid.cell(4, 3).number()).isEqualTo(new BigDecimal("12"));

		GridCell rate = grid.cell(5, 3);
		assertThat(rate.text()).isEqualTo("63.9%");
		assertThat(rate.number()).isEqualTo(new BigDecimal("0.639"));
		assertThat(rate.format()).isEqualTo("0.0%");

		GridCell negative = grid.cell(6, 6);
		assertThat(negative.number()).isEqualTo(new BigDecimal("-312"));
		assertThat(negative.format()).as("General").isNull();
		assertThat(negative.text()).isEqualTo("-312");

		GridCell progress = grid.cell(4, 7);
		assertThat(progress.formula()).isTrue();
		assertThat(progress.number()).as("the cached result: 1234 / 25").isEqualTo(new BigDecimal("49.36"));
		assertThat(progress.text()).isEqualTo("4936.0%");
		assertThat(grid.cell(5, 7).number()).isEqualTo(new BigDecimal("0.931428571428571"));

		assertThat(grid.cell(2, 1)).isEqualTo(GridCell.text("KPI"));
		assertThat(grid.cell(2, 1).number()).isNull();
		assertThat(grid.cell(7, 0).isBlank()).isTrue();
		assertThat(grid.cell(8, 0).text()).startsWith("※");
		assertThat(grid.rowCount()).isEqualTo(9);

		Grid notes = read.sheets().get(1);
		assertThat(notes.rows()).hasSize(2);
		assertThat(notes.cell(1, 1).text()).isEqualTo("R6.4 作成");
		assertThat(notes.merges()).isEmpty();
	}

	@Test
	void anXlsxWorkbookAsACityKeepsIt_everySheetWithNumbersFormatsFormulasAndMerges() throws IOException {
		assertTheCityWorkbook(Workbooks.read("kpi.xlsx", cityWorkbook(new XSSFWorkbook())));
	}

	@Test
	void theSameWorkbookAsXls_readsTheSame() throws IOException {
		byte[] xls = cityWorkbook(new HSSFWorkbook());
		assertTheCityWorkbook(Workbooks.read("kpi.xls", xls));
		assertThat(Sheets.read("kpi.xls", xls).get(4)).as("the department's reading takes xls too")
			.startsWith("1 しごとをつくり、安心して働けるようにする", "新規就農者数（累計）", "人", "12人");
	}

	@Test
	void theTypeIsTheBytes_notTheName() throws IOException {
		byte[] xlsx = cityWorkbook(new XSSFWorkbook());
		assertTheCityWorkbook(Workbooks.read("kpi.csv", xlsx));
		assertTheCityWorkbook(Workbooks.read("kpi.xls", xlsx));
		assertTheCityWorkbook(Workbooks.read("kpi.xlsx", cityWorkbook(new HSSFWorkbook())));
		assertThat(Workbooks.read("kpi.xlsx", "評価指標,R6\n人口,5\n".getBytes(StandardCharsets.UTF_8))
			.sheets()
			.get(0)
			.cell(1, 1)
			.text()).isEqualTo("5");
	}

	static final String CSV = "基本目標,KPI,単位,現状値,目標値\r\n" + "1 しごと,新規就農者数①,人,12,\"1,234\"\r\n"
			+ ",\"就職率（高卒～）\",％,63.9％,▲3\r\n";

	static void assertTheCsv(jp.suishin.exchange.Workbook read, String name) {
		assertThat(read.sheets()).singleElement().extracting(Grid::name).isEqualTo(name);
		Grid grid = read.sheets().get(0);
		assertThat(grid.merges()).isEmpty();
		assertThat(grid.rows()).hasSize(3);
		assertThat(grid.cell(1, 1).text()).isEqualTo("新規就農者数①");
		assertThat(grid.cell(1, 4).text()).isEqualTo("1,234");
		assertThat(grid.cell(1, 4).number()).as("CSV is text: the importer reads it").isNull();
		assertThat(grid.cell(2, 0)).isEqualTo(GridCell.EMPTY);
		assertThat(grid.cell(2, 1).text()).isEqualTo("就職率（高卒～）");
		assertThat(grid.cell(2, 4).text()).isEqualTo("▲3");
	}

	@Test
	void csvInUtf8WithAByteOrderMark_andInShiftJis() {
		assertTheCsv(Workbooks.read("kpi.csv", ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8)), "kpi.csv");
		byte[] sjis = CSV.getBytes(Charset.forName("Windows-31J"));
		assertThat(new String(sjis, StandardCharsets.UTF_8)).contains("\uFFFD");
		assertTheCsv(Workbooks.read("sjis.csv", sjis), "sjis.csv");
		assertThat(Workbooks.read("plain.csv", CSV.getBytes(StandardCharsets.UTF_8)).sheets().get(0).rows()).isEqualTo(
				Workbooks.read("bom.csv", ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8)).sheets().get(0).rows());
		assertThat(List.of()).isEmpty();
	}

}
