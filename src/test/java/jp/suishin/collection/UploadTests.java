package jp.suishin.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.exchange.Sheets;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Departments upload the year's values from the sheet they keep, through the collection
 * page: the KPI list's own CSV export edited, a Shift_JIS CSV as Excel saves it, an xlsx
 * workbook. All or nothing, with the row and column of every problem.
 */
@SpringBootTest(properties = "suishin.test.context=upload")
@AutoConfigureMockMvc
class UploadTests {

	static final Charset SHIFT_JIS = Charset.forName("Windows-31J");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	CollectingValues collecting;

	@Autowired
	KpiRepository kpis;

	@Autowired
	PlanRepository plans;

	TestAccounts accounts;

	Viewer planner;

	Viewer farming;

	long plan;

	List<Kpi> planKpis;

	@BeforeEach
	void setUp() {
		accounts = testAccounts;
		planner = accounts.account("up-planner", "sorachi-bureau", Role.PLANNER);
		farming = accounts.editor("up-farming", "sorachi-bureau", "農務課");
		plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		planKpis = kpis.findByPlan(plan);
	}

	long collection(int year) {
		long id = collecting.open(planner, plan, Integer.toString(year), LocalDate.now().plusDays(20).toString())
			.collectionId();
		collecting.assign(planner, planKpis.get(0).id(), accounts.department("sorachi-bureau", "農務課").id());
		return id;
	}

	MvcTestResult upload(Viewer viewer, long collection, String name, byte[] content) {
		return mvc.post()
			.uri("/collections/{id}/upload", collection)
			.multipart()
			.file(new MockMultipartFile("sheet", name, "application/octet-stream", content))
			.with(accounts.as(viewer))
			.with(csrf())
			.exchange();
	}

	BigDecimalValue value(Kpi kpi, int year) {
		return kpis.findValue(kpi.id(), FiscalYear.of(year))
			.map(YearlyValue::actual)
			.map(a -> new BigDecimalValue(a.amount().orElse(null), a instanceof Actual.Preliminary))
			.orElse(null);
	}

	record BigDecimalValue(java.math.BigDecimal amount, boolean preliminary) {
	}

	@Test
	void theListsOwnCsvExportComesBackWithTheDepartmentsFigures_otherRowsAreLeftAlone() throws Exception {
		long collection = collection(2026);
		Kpi mine = planKpis.get(0);
		Kpi other = planKpis.get(1);
		byte[] exported = mvc.get()
			.uri("/plans/{id}/kpi-list.csv?year=2026", plan)
			.with(accounts.as(farming))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> records = Sheets.read("list.csv", exported);
		int year = records.get(0).indexOf("R8");
		assertThat(records.get(0)).contains("評価指標");
		assertThat(year).isPositive();
		StringBuilder edited = new StringBuilder();
		for (List<String> record : records) {
			List<String> cells = new java.util.ArrayList<>(record);
			if (cells.get(1).startsWith(mine.name())) {
				cells.set(year, "1,234（速報）");
			}
			else if (cells.get(1).startsWith(other.name())) {
				cells.set(year, "999");
			}
			edited.append(String.join(",", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()))
				.append("\r\n");
		}
		MvcTestResult result = upload(farming, collection, "list.csv",
				edited.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(result).hasStatus3xxRedirection().flash().containsKey("saved");
		assertThat(value(mine, 2026)).isEqualTo(new BigDecimalValue(new java.math.BigDecimal("1234"), true));
		assertThat(value(other, 2026)).isNull();
	}

	@Test
	void theListsOwnXlsxExport_editedInASpreadsheet_comesBackToo() throws Exception {
		long earlier = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		long collection = collecting.open(planner, earlier, "R6", LocalDate.now().plusDays(20).toString())
			.collectionId();
		Kpi mine = kpis.findByPlan(earlier).get(1);
		collecting.assign(planner, mine.id(), accounts.department("sorachi-bureau", "農務課").id());
		byte[] exported = mvc.get()
			.uri("/plans/{id}/kpi-list.xlsx?year=2024", earlier)
			.with(accounts.as(farming))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		ByteArrayOutputStream edited = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(exported))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int year = -1;
			for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
				year = cell.getStringCellValue().equals("R6") ? cell.getColumnIndex() : year;
			}
			assertThat(year).isPositive();
			for (org.apache.poi.ss.usermodel.Row row : sheet) {
				if (row.getCell(1).getStringCellValue().equals(mine.name())) {
					row.createCell(year).setCellValue(-312);
				}
			}
			workbook.write(edited);
		}
		assertThat(upload(farming, collection, "list.xlsx", edited.toByteArray())).hasStatus3xxRedirection()
			.flash()
			.containsKey("saved");
		assertThat(value(mine, 2024)).isEqualTo(new BigDecimalValue(new java.math.BigDecimal("-312"), false));
	}

	@Test
	void aShiftJisCsv_andAnXlsxWorkbook_areReadToo() throws Exception {
		long collection = collection(2027);
		Kpi mine = planKpis.get(0);
		String csv = "評価指標,令和9年度\r\n" + mine.name() + ",321\r\n";
		assertThat(upload(farming, collection, "sheet.csv", csv.getBytes(SHIFT_JIS))).hasStatus3xxRedirection()
			.flash()
			.containsKey("saved");
		assertThat(value(mine, 2027).amount()).isEqualByComparingTo("321");

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("R9");
			sheet.createRow(0).createCell(0).setCellValue("評価指標");
			sheet.getRow(0).createCell(1).setCellValue("R9");
			sheet.createRow(1).createCell(0).setCellValue(mine.name());
			sheet.getRow(1).createCell(1).setCellValue(4321);
			workbook.write(xlsx);
		}
		assertThat(upload(farming, collection, "sheet.xlsx", xlsx.toByteArray())).hasStatus3xxRedirection()
			.flash()
			.containsKey("saved");
		assertThat(value(mine, 2027).amount()).isEqualByComparingTo("4321");
	}

	@Test
	void oneUnreadableCellStoresNothing_andNamesItsRowAndColumn() {
		long collection = collection(2028);
		Kpi first = planKpis.get(0);
		Kpi second = planKpis.get(1);
		String csv = "評価指標,R10\n" + first.name() + ",100\n" + second.name() + ",百二十三点五\n知らない指標,1\n";
		MvcTestResult result = upload(planner, collection, "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(result).hasStatus3xxRedirection().flash().containsKey("uploadProblems");
		@SuppressWarnings("unchecked")
		List<String> problems = (List<String>) result.getMvcResult().getFlashMap().get("uploadProblems");
		assertThat(problems).hasSize(2);
		assertThat(problems.get(0)).startsWith("3行目・2列目：");
		assertThat(problems.get(1)).startsWith("4行目・1列目：").contains("知らない指標");
		assertThat(value(first, 2028)).as("nothing is stored").isNull();

		String noYear = "評価指標,R3\n" + first.name() + ",1\n";
		assertThat(
				(List<?>) upload(planner, collection, "old.csv", noYear.getBytes(StandardCharsets.UTF_8)).getMvcResult()
					.getFlashMap()
					.get("uploadProblems"))
			.singleElement()
			.asString()
			.contains("R10");
	}

	@Test
	void anApprovedValueIsNotOverwrittenByAnUpload_andOutsidersCannotUpload() {
		long collection = collection(2029);
		Kpi mine = planKpis.get(0);
		String csv = "評価指標,R11\n" + mine.name() + ",50\n";
		upload(farming, collection, "a.csv", csv.getBytes(StandardCharsets.UTF_8));
		collecting.submit(farming, collection, mine.id());
		collecting.approve(planner, collection, mine.id());
		String changed = "評価指標,R11\n" + mine.name() + ",60\n";
		assertThat(upload(farming, collection, "b.csv", changed.getBytes(StandardCharsets.UTF_8))).flash()
			.containsKey("uploadProblems");
		assertThat(value(mine, 2029).amount()).isEqualByComparingTo("50");
		assertThat(upload(farming, collection, "a.csv", csv.getBytes(StandardCharsets.UTF_8))).flash()
			.containsKey("saved");

		Viewer outsider = accounts.account("up-outsider", "iwamizawa", Role.PLANNER);
		// a collection of another organisation does not exist for the outsider
		assertThat(upload(outsider, collection, "b.csv", changed.getBytes(StandardCharsets.UTF_8))).hasStatus(404);
		assertThat(mvc.post()
			.uri("/collections/{id}/upload", collection)
			.multipart()
			.file("sheet", changed.getBytes(StandardCharsets.UTF_8))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(value(mine, 2029).amount()).isEqualByComparingTo("50");
	}

	@Test
	void aSheetWithACellFarToTheRightIsRefusedWithoutReadingMillionsOfCells() throws Exception {
		long collection = collection(2025);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("R7");
			sheet.createRow(0).createCell(0).setCellValue("評価指標");
			for (int r = 1; r < 2000; r++) {
				sheet.createRow(r).createCell(16000).setCellValue("x");
			}
			workbook.write(xlsx);
		}
		@SuppressWarnings("unchecked")
		List<String> problems = (List<String>) upload(planner, collection, "wide.xlsx", xlsx.toByteArray())
			.getMvcResult()
			.getFlashMap()
			.get("uploadProblems");
		assertThat(problems).singleElement().asString().startsWith("2行目：").contains("列が多すぎます");
	}

	@Test
	void aValueAColleagueEnteredDuringTheCollectionIsNotOverwrittenBySomebodysSheet() {
		long earlier = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		long collection = collecting.open(planner, earlier, "R7", LocalDate.now().plusDays(20).toString())
			.collectionId();
		Kpi mine = kpis.findByPlan(earlier).get(0);
		collecting.assign(planner, mine.id(), accounts.department("sorachi-bureau", "農務課").id());
		Viewer colleague = accounts.editor("up-farming-2", "sorachi-bureau", "農務課");
		String first = "評価指標,R7\n" + mine.name() + ",70\n";
		assertThat(upload(colleague, collection, "c.csv", first.getBytes(StandardCharsets.UTF_8))).flash()
			.containsKey("saved");
		String mineSays = "評価指標,R7\n" + mine.name() + ",75\n";
		@SuppressWarnings("unchecked")
		List<String> problems = (List<String>) upload(farming, collection, "f.csv",
				mineSays.getBytes(StandardCharsets.UTF_8))
			.getMvcResult()
			.getFlashMap()
			.get("uploadProblems");
		assertThat(problems).singleElement().asString().contains("up-farming-2", "70");
		assertThat(value(mine, 2025).amount()).isEqualByComparingTo("70");
	}

}
