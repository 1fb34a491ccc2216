package jp.suishin.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.suishin.document.ExportSampleDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report's xlsx read back with POI (its zip-bomb check on, as POI has it by default):
 * figures are numbers with their unit's format, ▲ through the format, pending values are
 * texts, no cell is merged, texts that look like formulas are neutralised.
 */
class ReportWorkbookTests {

	private XSSFWorkbook workbook;

	@BeforeEach
	void write() throws IOException {
		byte[] bytes = new ReportWorkbook().render(ExportSampleDocument.edition(), Locale.JAPANESE);
		workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	@AfterEach
	void close() throws IOException {
		workbook.close();
	}

	@Test
	void sheets_areTheOverviewTheKpiListTheSummaryAndTheData() {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		assertThat(names).containsExactly("概要", "評価指標一覧", "集計", "データ");
	}

	@Test
	void kpiList_farmlandR6_isANumberInHectares() {
		Cell cell = cell("評価指標一覧", "空知の耕作面積の維持", "R6");
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isEqualTo(113500);
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0\"ha\";\"▲\"#,##0\"ha\"");
	}

	@Test
	void kpiList_decimals_comeFromTheValuesScale() {
		assertThat(cell("評価指標一覧", "新規高卒者管内企業就職率", "R6").getCellStyle().getDataFormatString())
			.isEqualTo("#,##0.0\"％\";\"▲\"#,##0.0\"％\"");
		Cell visitors = cell("評価指標一覧", ExportSampleDocument.FORMULA_NAME, "R6");
		assertThat(visitors.getNumericCellValue()).isEqualTo(1274.46);
		assertThat(visitors.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\"万人\";\"▲\"#,##0.00\"万人\"");
	}

	@Test
	void kpiList_progressRate_isANumberFormattedAsPercent() {
		Cell cell = cell("評価指標一覧", "空知の耕作面積の維持", "進捗率");
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isEqualTo(99.9);
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\";\"▲\"0.0\"%\"");
	}

	@Test
	void kpiList_pendingValue_isText() {
		Cell cell = cell("評価指標一覧", "炭鉄港推進協議会構成市町の観光入込客数", "R6");
		assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
		assertThat(cell.getStringCellValue()).startsWith("集計中");
		Cell progress = cell("評価指標一覧", "炭鉄港推進協議会構成市町の観光入込客数", "進捗率");
		assertThat(progress.getStringCellValue()).isEqualTo("－％");
	}

	@Test
	void kpiList_negativeValue_isANumberWithTriangleInItsFormat() {
		Cell cell = cell("評価指標一覧", "転出超過数", "R6");
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isEqualTo(-275);
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0\"人\";\"▲\"#,##0\"人\"");
		Cell baseline = cell("評価指標一覧", "転出超過数", "基準値");
		assertThat(baseline.getNumericCellValue()).isEqualTo(-312);
	}

	@Test
	void textLikeAFormula_isNeutralised() {
		Sheet sheet = workbook.getSheet("評価指標一覧");
		boolean found = false;
		for (Row row : sheet) {
			for (Cell cell : row) {
				assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("HYPERLINK")) {
					assertThat(cell.getStringCellValue()).isEqualTo("'" + ExportSampleDocument.FORMULA_NAME);
					found = true;
				}
			}
		}
		assertThat(found).isTrue();
		String analysis = null;
		for (Row row : workbook.getSheet("概要")) {
			if (row.getCell(0).getStringCellValue().equals("分析・対応方向")) {
				analysis = row.getCell(1).getStringCellValue();
			}
		}
		assertThat(analysis).startsWith("'+ ");
	}

	@Test
	void noSheet_hasMergedCells_andEveryOneFreezesItsHeaderRow() {
		workbook.forEach(sheet -> {
			assertThat(sheet.getNumMergedRegions()).as(sheet.getSheetName()).isZero();
			assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
		});
	}

	@Test
	void dataSheet_hasOneRowPerUniqueKpiAndYear() {
		Sheet data = workbook.getSheet("データ");
		assertThat(headers(data)).containsExactly("評価指標ID", "評価指標", "単位", "年度（西暦）", "年度（和暦）", "値", "状態");
		// 4 + 5 + 3 + 3 + 2 values; the re-listed farmland row is not counted again
		assertThat(data.getLastRowNum()).isEqualTo(17);
		Row pending = null;
		for (Row row : data) {
			if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("kpi-tantekko-visitors")
					&& row.getCell(3).getNumericCellValue() == 2024) {
				pending = row;
			}
		}
		assertThat(pending).isNotNull();
		assertThat(pending.getCell(4).getStringCellValue()).isEqualTo("R6");
		assertThat(pending.getCell(5)).isNull();
		assertThat(pending.getCell(6).getStringCellValue()).isEqualTo("集計中");
		Row first = data.getRow(1);
		assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(7250);
		assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0\"千人\";\"▲\"#,##0\"千人\"");
	}

	@Test
	void documentProperties_carryTheTitleAndTheLicence() {
		var properties = workbook.getProperties();
		assertThat(properties.getCoreProperties().getTitle()).isEqualTo("道央広域連携地域政策展開方針の推進状況(R6)について");
		assertThat(properties.getCustomProperties().getProperty("License").getLpwstr())
			.isEqualTo("公共データ利用規約（第1.0版）(PDL1.0)");
		assertThat(properties.getCustomProperties().getProperty("LicenseUrl").getLpwstr())
			.isEqualTo("https://www.digital.go.jp/resources/open_data/public_data_license_v1.0");
	}

	@Test
	void inEnglish_sheetsAndHeadersAreEnglish() throws IOException {
		byte[] bytes = new ReportWorkbook().render(ExportSampleDocument.edition(), Locale.ENGLISH);
		try (XSSFWorkbook english = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(english.getSheetName(1)).isEqualTo("KPI list");
			assertThat(headers(english.getSheet("Data"))).contains("KPI id", "Value", "Status");
			assertThat(english.getSheet("Data").getRow(1).getCell(6).getStringCellValue()).isEqualTo("confirmed");
		}
	}

	@Test
	void file_isNamedAfterThePlanTheYearAndTheEdition() {
		var file = new ReportWorkbook().file(ExportSampleDocument.edition(), Locale.JAPANESE);
		assertThat(file.fileName()).isEqualTo("sorachi-policy_2024_ed1.xlsx");
		assertThat(file.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(new ReportWorkbook().file(ExportSampleDocument.draft(null), Locale.JAPANESE).fileName())
			.isEqualTo("sorachi-policy_2024_draft.xlsx");
	}

	private Cell cell(String sheetName, String kpi, String column) {
		Sheet sheet = workbook.getSheet(sheetName);
		int c = headers(sheet).indexOf(column);
		assertThat(c).as(column).isNotNegative();
		for (Row row : sheet) {
			Cell name = row.getCell(1);
			if (row.getRowNum() > 0 && name != null && name.getStringCellValue().replaceFirst("^'", "").equals(kpi)) {
				return row.getCell(c);
			}
		}
		throw new AssertionError("no row for " + kpi);
	}

	private static List<String> headers(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
		return headers;
	}

}
