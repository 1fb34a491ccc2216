package jp.suishin.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A planner imports the messy KPI workbook a city keeps (title rows, two header rows with
 * merged cells, goals merged down their rows, era years, ▲ values, 集計中（8月頃）, a 進捗率
 * formula column, a footnote, and a column whose header the import cannot map), sees the
 * dry run, assigns the unmapped column in the browser, runs it again, imports, and sees
 * the imported plan's KPI list graded. The workbook is made by the test.
 */
class PlanImportJourneyTests extends BrowserJourney {

	static final String PLANNER = "import-planner";

	static final String PLAN = "第2期 岩見沢市 取込テスト総合戦略";

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Test
	void aPlannerImportsAMessyWorkbook_fixesAColumn_andSeesTheKpiListGraded() throws Exception {
		testAccounts.account(PLANNER, "iwamizawa", Role.PLANNER);
		Path file = Files.createTempFile("kpi-sheet", ".xlsx");
		Files.write(file, messyWorkbook());
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1600, 900)
			.setBaseURL("http://localhost:" + port));
		try {
			Page page = context.newPage();
			page.navigate("/login");
			page.fill("#username", PLANNER);
			page.fill("#password", TestAccounts.PASSWORD);
			page.locator("#login-form button[type=submit]").click();
			assertThat(page).hasURL(Pattern.compile(".*/me$"));

			page.navigate("/plans/import");
			page.selectOption("#owner", "iwamizawa");
			page.setInputFiles("#file", file);
			page.locator("#import-dry-run").click();
			assertThat(page).hasURL(Pattern.compile(".*/plans/import/[0-9a-f]+$"));
			assertThat(page.locator("#import-plan")).containsText(PLAN);
			assertThat(page.locator("#import-plan")).containsText("岩見沢市");
			assertThat(page.locator("#import-counts #count-created td").nth(1)).hasText("4");
			assertThat(page.locator("#import-counts #count-created td").nth(2)).hasText("12");
			assertThat(page.locator("#import-ignored")).containsText("進捗率");
			assertThat(page.locator("#import-mapping tr[data-column='K']")).hasClass(Pattern.compile("undetected"));
			assertThat(page.locator("#import-kpis tr.import-kpi")).hasCount(4);

			page.selectOption("#col_K", "year:2023");
			page.locator("#import-rerun").click();
			assertThat(page.locator("#import-counts #count-created td").nth(2)).hasText("16");
			assertThat(page.locator("#col_K")).hasValue("year:2023");
			assertThat(page.locator("#import-problems")).hasCount(0);

			page.locator("#import-commit").click();
			assertThat(page).hasURL(Pattern.compile(".*/plans/[0-9]+/kpi-list$"));
			Plan plan = plans.findAll().stream().filter(p -> p.name().equals(PLAN)).findFirst().orElseThrow();
			assertThat(kpis.findByPlan(plan.id())).hasSize(4);
			page.navigate("/plans/" + plan.id() + "/kpi-list?year=2023");
			assertThat(page.locator("#kpi-list")).containsText("新規就農者数");
			assertThat(page.locator("#kpi-list")).containsText("社会増減数");
			List<String> progress = page.locator("#kpi-list tbody td.progress").allTextContents();
			assertThat(progress).anySatisfy(text -> assertThat(text).contains("％"));
			List<String> grades = page.locator("#kpi-list tbody td.grade").allTextContents();
			assertThat(grades).anySatisfy(text -> assertThat(text.strip()).isNotEmpty());
		}
		finally {
			context.close();
		}
	}

	/** As a city keeps it in Excel. */
	static byte[] messyWorkbook() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("表紙").createRow(0).createCell(0).setCellValue("岩見沢市 総合戦略 資料");
			Sheet sheet = workbook.createSheet("KPI一覧");
			text(sheet, 0, 0, PLAN);
			text(sheet, 1, 0, "KPI一覧（令和6年3月現在）");
			String[] top = { "基本目標", "施策", "評価指標", "単位", "基準値", "目標値", "目標年度", "実績値", null, null, "最新値（見込み）", "進捗率" };
			for (int c = 0; c < top.length; c++) {
				if (top[c] != null) {
					text(sheet, 3, c, top[c]);
				}
			}
			text(sheet, 4, 7, "R2年度");
			text(sheet, 4, 8, "令和3年度");
			text(sheet, 4, 9, "R4年度");
			for (int c : new int[] { 0, 1, 2, 3, 4, 5, 6, 10, 11 }) {
				sheet.addMergedRegion(new CellRangeAddress(3, 4, c, c));
			}
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 7, 9));
			Object[][] data = { { "1 しごとをつくる", "(1) 農業の担い手の確保", "新規就農者数", "人", 12, 25, "R6", 3, 5, "集計中（8月頃）", 9 },
					{ null, null, "農地の集積率", "％", 40.5, 60, "R6", 41.2, 43.0, 44.8, 46.1 },
					{ null, "(2) 観光の振興", "観光入込客数", "千人", 1200, 1500, "R6", 980, 1050, 1210, 1320 },
					{ "2 ひとを呼び込む", "(1) 移住・定住の促進", "社会増減数", "人", "▲312", 0, "R6", "▲290", "▲275", "▲240", "▲200" } };
			for (int r = 0; r < data.length; r++) {
				Row row = sheet.createRow(5 + r);
				for (int c = 0; c < data[r].length; c++) {
					Object value = data[r][c];
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
				if (r < 3) {
					row.createCell(11).setCellFormula("H" + (6 + r) + "/F" + (6 + r));
				}
			}
			sheet.addMergedRegion(CellRangeAddress.valueOf("A6:A8"));
			sheet.addMergedRegion(CellRangeAddress.valueOf("B6:B7"));
			text(sheet, 10, 0, "※ 進捗率は最新の実績値を目標値で割ったものです。");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void text(Sheet sheet, int r, int c, String text) {
		Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
		row.createCell(c).setCellValue(text);
	}

}
