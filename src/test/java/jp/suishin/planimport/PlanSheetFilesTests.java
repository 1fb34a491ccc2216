package jp.suishin.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import jp.suishin.exchange.Workbooks;
import jp.suishin.notation.FiscalYear;

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
 * Real files, made by the test as a city would keep them, read through
 * {@link Workbooks#read} and {@link PlanSheetReader}.
 */
class PlanSheetFilesTests {

	/**
	 * A messy workbook: a cover sheet, a title row, two header rows with merged labels,
	 * goals and measures merged down, a percent-formatted column, a formula with its
	 * cached value, a progress column, a re-listed KPI and footnotes.
	 */
	private static byte[] messy(Workbook workbook) throws IOException {
		Sheet cover = workbook.createSheet("表紙");
		cover.createRow(0).createCell(0).setCellValue("みどり市");
		cover.createRow(1).createCell(0).setCellValue("令和5年度 進捗管理");
		cover.getRow(1).createCell(1).setCellValue("企画課");
		cover.getRow(0).createCell(1).setCellValue("資料1");
		Sheet sheet = workbook.createSheet("KPI一覧");
		CellStyle percent = workbook.createCellStyle();
		percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
		CellStyle triangle = workbook.createCellStyle();
		triangle.setDataFormat(workbook.createDataFormat().getFormat("#,##0;\"▲\"#,##0"));
		texts(sheet, 0, "第2期みどり市まち・ひと・しごと創生総合戦略　KPI一覧");
		texts(sheet, 2, "No", "基本目標", "具体的な施策", "重要業績評価指標（KPI）", "単位", "現状値", null, "目標値", "実績値", null, null, "進捗率");
		texts(sheet, 3, null, null, null, null, null, "数値", "年度", "令和6年度", "令和2年度", "令和3年度", "令和4年度", null);
		for (int c : new int[] { 0, 1, 2, 3, 4, 11 }) {
			sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
		}
		sheet.addMergedRegion(new CellRangeAddress(2, 2, 5, 6));
		sheet.addMergedRegion(new CellRangeAddress(2, 2, 8, 10));
		texts(sheet, 4, "1", "1 しごとをつくり、安心して働けるようにする", "(1) 農業の担い手の確保", "新規就農者数", "人");
		number(sheet, 4, 5, 12, null);
		texts(sheet, 4, 6, "H30");
		number(sheet, 4, 7, 25, null);
		number(sheet, 4, 8, 3, null);
		number(sheet, 4, 9, 4, null);
		texts(sheet, 4, 10, "集計中（8月頃）");
		texts(sheet, 4, 11, "12%");
		texts(sheet, 5, "2", null, null, "転出超過数", "人", "▲312");
		texts(sheet, 5, 6, "H30");
		number(sheet, 5, 7, -275, triangle);
		number(sheet, 5, 8, -290, triangle);
		Cell sum = sheet.getRow(5).createCell(9);
		sum.setCellFormula("I6+10");
		sum.setCellStyle(triangle);
		texts(sheet, 6, "3", null, "(2) 企業誘致", "誘致企業数（累計）", "社");
		number(sheet, 6, 5, 0, null);
		texts(sheet, 6, 6, "R1");
		number(sheet, 6, 7, 5, null);
		texts(sheet, 7, "4", "2 ひとの流れをつくる", "(1) 移住の促進", "市民満足度", "％");
		number(sheet, 7, 5, 0.523, percent);
		texts(sheet, 7, 6, "R1");
		number(sheet, 7, 7, 0.6, percent);
		number(sheet, 7, 8, 0.531, percent);
		texts(sheet, 8, "5", null, null, "新規就農者数（再掲）", "人");
		sheet.addMergedRegion(new CellRangeAddress(4, 6, 1, 1));
		sheet.addMergedRegion(new CellRangeAddress(4, 5, 2, 2));
		sheet.addMergedRegion(new CellRangeAddress(7, 8, 1, 1));
		sheet.addMergedRegion(new CellRangeAddress(7, 8, 2, 2));
		texts(sheet, 10, "※1 現状値は計画策定時の値です。");
		texts(sheet, 11, "出典：住民基本台帳、農林業センサス");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void texts(Sheet sheet, int r, String... texts) {
		texts(sheet, r, 0, texts);
	}

	private static void texts(Sheet sheet, int r, int from, String... texts) {
		Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
		for (int i = 0; i < texts.length; i++) {
			if (texts[i] != null) {
				row.createCell(from + i).setCellValue(texts[i]);
			}
		}
	}

	private static void number(Sheet sheet, int r, int c, double value, CellStyle style) {
		Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
		Cell cell = row.createCell(c);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static void assertMessyRead(PlanSheet sheet) {
		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.sheetName()).isEqualTo("KPI一覧");
		assertThat(sheet.title()).isEqualTo("第2期みどり市まち・ひと・しごと創生総合戦略　KPI一覧");
		assertThat(sheet.levelNames()).containsExactly("基本目標", "具体的な施策");
		assertThat(sheet.ignoredColumns()).containsExactly("No", "進捗率");
		assertThat(sheet.warnings()).extracting(w -> w.problem().messageKey(), SheetIssue::sheet)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("planimport.sheet.extraSheet", "表紙"));
		assertThat(sheet.kpis()).extracting(SheetKpiRow::name)
			.containsExactly("新規就農者数", "転出超過数", "誘致企業数（累計）", "市民満足度", "新規就農者数");
		String goal1 = "1 しごとをつくり、安心して働けるようにする";
		assertThat(sheet.kpis()).extracting(SheetKpiRow::path)
			.containsExactly(List.of(goal1, "(1) 農業の担い手の確保"), List.of(goal1, "(1) 農業の担い手の確保"),
					List.of(goal1, "(2) 企業誘致"), List.of("2 ひとの流れをつくる", "(1) 移住の促進"),
					List.of("2 ひとの流れをつくる", "(1) 移住の促進"));
		SheetKpiRow farmers = sheet.kpis().get(0);
		assertThat(farmers.baseline().number()).isEqualByComparingTo("12");
		assertThat(farmers.baselineYear()).isEqualTo("H30");
		assertThat(farmers.targetYear()).isEqualTo("令和6年度");
		assertThat(farmers.values()).containsOnlyKeys(FiscalYear.of(2020), FiscalYear.of(2021), FiscalYear.of(2022));
		assertThat(farmers.values().get(FiscalYear.of(2022)).cell()).isEqualTo("集計中（8月頃）");
		assertThat(farmers.direction()).isEqualTo("増加");
		assertThat(farmers.directionInferred()).isTrue();
		SheetKpiRow migration = sheet.kpis().get(1);
		assertThat(migration.baseline().cell()).isEqualTo("▲312");
		assertThat(migration.target().number()).isEqualByComparingTo("-275");
		assertThat(migration.target().cell()).isEqualTo("▲275");
		assertThat(migration.direction()).isEqualTo("増加");
		WrittenValue formula = migration.values().get(FiscalYear.of(2021));
		assertThat(formula.formula()).isTrue();
		assertThat(formula.number()).isEqualByComparingTo("-280");
		assertThat(formula.row()).isEqualTo(6);
		assertThat(formula.column()).isEqualTo("J");
		SheetKpiRow satisfaction = sheet.kpis().get(3);
		assertThat(satisfaction.unit()).isEqualTo("％");
		assertThat(satisfaction.baseline().number()).isEqualByComparingTo("52.3");
		assertThat(satisfaction.target().number()).isEqualByComparingTo("60");
		assertThat(satisfaction.values().get(FiscalYear.of(2020)).number()).isEqualByComparingTo("53.1");
		assertThat(sheet.kpis().get(4).relisted()).isTrue();
		assertThat(sheet.nodes()).hasSize(5);
	}

	@Test
	void readsAMessyXlsxWorkbook() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			xlsx = messy(workbook);
		}

		assertMessyRead(PlanSheetReader.read(Workbooks.read("kpi.xlsx", xlsx), Map.of()));
	}

	@Test
	void readsTheSameWorkbookSavedAsXls() throws IOException {
		byte[] xls;
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			xls = messy(workbook);
		}

		assertMessyRead(PlanSheetReader.read(Workbooks.read("kpi.xls", xls), Map.of()));
	}

	@Test
	void readsAShiftJisCsvWithBlankGoalsAndFootnotes() {
		String csv = String.join("\r\n", "みどり市総合戦略ＫＰＩ", "", "基本方針,施策,評価指標,単位,目指す方向,基準値,基準年度,目標値,目標年度,2020年度,2021年度,備考",
				"1 しごと,(1) 農業,新規就農者数,人,↑,12,H30,25,R6,3,\"1,200\",", ",,認定農業者数,経営体,→,１２０,H30,120,R6,118,集計中,",
				",(2) 商業,空き店舗数,件,減らす,40,H30,30,R6,38,36,", "2 ひと,,,,,,,,,,,", "", "※ 数値は各年度末時点");

		PlanSheet sheet = PlanSheetReader.read(Workbooks.read("kpi.csv", csv.getBytes(Charset.forName("Shift_JIS"))),
				Map.of());

		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.title()).isEqualTo("みどり市総合戦略ＫＰＩ");
		assertThat(sheet.levelNames()).containsExactly("基本方針", "施策");
		assertThat(sheet.ignoredColumns()).containsExactly("備考");
		assertThat(sheet.kpis()).extracting(SheetKpiRow::path, SheetKpiRow::name, SheetKpiRow::direction)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("1 しごと", "(1) 農業"), "新規就農者数", "増加"),
					org.assertj.core.groups.Tuple.tuple(List.of("1 しごと", "(1) 農業"), "認定農業者数", "維持"),
					org.assertj.core.groups.Tuple.tuple(List.of("1 しごと", "(2) 商業"), "空き店舗数", "減少"));
		assertThat(sheet.kpis().get(0).values().get(FiscalYear.of(2021)).cell()).isEqualTo("1,200");
		assertThat(sheet.kpis().get(1).baseline().cell()).isEqualTo("１２０");
		assertThat(sheet.nodes()).extracting(SheetNode::path).contains(List.of("2 ひと"));
	}

}
