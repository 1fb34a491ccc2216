package jp.suishin.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.suishin.exchange.Workbooks;
import jp.suishin.notation.FiscalYear;
import jp.suishin.planimport.PlanWorkbookWriter.Listing;
import jp.suishin.planimport.PlanWorkbookWriter.Plan;
import jp.suishin.planimport.PlanWorkbookWriter.Value;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PlanWorkbookWriterTests {

	private static final FiscalYear R2 = FiscalYear.of(2020);

	private static final FiscalYear R3 = FiscalYear.of(2021);

	private static final FiscalYear R4 = FiscalYear.of(2022);

	private static final List<String> GOAL_1 = List.of("1 しごとをつくり、安心して働けるようにする", "(1) 農業の担い手の確保");

	private static Plan plan(List<String> levelNames) {
		TreeMap<FiscalYear, Value> farmers = new TreeMap<>(
				Map.of(R2, Value.of(new BigDecimal("3")), R3, Value.text("集計中（8月頃）"), R4, Value.text("－")));
		TreeMap<FiscalYear, Value> migration = new TreeMap<>(
				Map.of(R2, Value.of(new BigDecimal("-290.5")), R3, Value.text("約1,200")));
		TreeMap<FiscalYear, Value> rate = new TreeMap<>(Map.of(R2, Value.of(new BigDecimal("52.3"))));
		return new Plan("みどり市まち・ひと・しごと創生総合戦略", levelNames, List.of(R2, R3, R4), List.of(
				new Listing(GOAL_1, "新規就農者数（累計）", false, "人", "増加", "累計", new BigDecimal("12"), FiscalYear.of(2018),
						new BigDecimal("25"), FiscalYear.of(2024), "新たに就農した人の数", "農政課", farmers),
				new Listing(GOAL_1, "転出超過数", false, "人", "増加", "単年", new BigDecimal("-312"), FiscalYear.of(2018),
						new BigDecimal("-275"), FiscalYear.of(2024), "=転入-転出", null, migration),
				Listing.node(List.of("1 しごとをつくり、安心して働けるようにする", "(2) 企業誘致")),
				new Listing(List.of("2 ひとの流れをつくる"), "市民満足度", false, "％", "維持", "ストック", new BigDecimal("52.3"),
						FiscalYear.of(2019), new BigDecimal("52.3"), FiscalYear.of(2024), null, "企画課", rate),
				new Listing(List.of("2 ひとの流れをつくる", "(1) 移住の促進"), "新規就農者数（累計）", true, "人", "増加", "累計",
						new BigDecimal("12"), FiscalYear.of(2018), new BigDecimal("25"), FiscalYear.of(2024),
						"新たに就農した人の数", "農政課", farmers)));
	}

	@Test
	void writesOneHeaderRowAndOneRowPerListingWithNumbersAsNumbers() throws IOException {
		byte[] xlsx = PlanWorkbookWriter.xlsx(plan(List.of("基本目標", "施策")));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet(PlanWorkbookWriter.SHEET);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("みどり市まち・ひと・しごと創生総合戦略");
			List<String> header = new java.util.ArrayList<>();
			sheet.getRow(2).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(header).containsExactly("基本目標", "施策", "評価指標", "単位", "方向", "集計", "基準値", "基準年度", "目標値", "目標年度",
					"定義", "担当課", "R2年度", "R3年度", "R4年度");
			assertThat(sheet.getNumMergedRegions()).isZero();
			var baseline = sheet.getRow(4).getCell(6);
			assertThat(baseline.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(baseline.getNumericCellValue()).isEqualTo(-312.0);
			assertThat(baseline.getCellStyle().getDataFormatString()).isEqualTo("#,##0;\"▲\"#,##0");
			assertThat(sheet.getRow(4).getCell(12).getCellStyle().getDataFormatString())
				.isEqualTo("#,##0.0;\"▲\"#,##0.0");
			assertThat(sheet.getRow(3).getCell(13).getStringCellValue()).isEqualTo("集計中（8月頃）");
			assertThat(sheet.getRow(4).getCell(10).getStringCellValue()).isEqualTo("'=転入-転出");
			assertThat(sheet.getRow(7).getCell(2).getStringCellValue()).isEqualTo("新規就農者数（累計）（再掲）");
			assertThat(sheet.getRow(5).getCell(2)).isNull();
		}
	}

	@Test
	void whatItWritesReadsBackAsTheSamePlan() {
		Plan plan = plan(List.of("基本目標", "施策"));

		PlanSheet sheet = PlanSheetReader.read(Workbooks.read("plan.xlsx", PlanWorkbookWriter.xlsx(plan)), Map.of());

		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.warnings()).isEmpty();
		assertThat(sheet.ignoredColumns()).isEmpty();
		assertThat(sheet.title()).isEqualTo(plan.name());
		assertThat(sheet.levelNames()).isEqualTo(plan.levelNames());
		assertThat(sheet.nodes()).extracting(SheetNode::path)
			.containsExactly(List.of(GOAL_1.get(0)), GOAL_1, List.of(GOAL_1.get(0), "(2) 企業誘致"), List.of("2 ひとの流れをつくる"),
					List.of("2 ひとの流れをつくる", "(1) 移住の促進"));
		List<Listing> kpis = plan.rows().stream().filter(l -> l.kpi() != null).toList();
		assertThat(sheet.kpis()).hasSameSizeAs(kpis);
		for (int i = 0; i < kpis.size(); i++) {
			Listing written = kpis.get(i);
			SheetKpiRow read = sheet.kpis().get(i);
			assertThat(read.path()).isEqualTo(written.path());
			assertThat(read.name()).isEqualTo(written.kpi());
			assertThat(read.relisted()).isEqualTo(written.relisted());
			assertThat(read.unit()).isEqualTo(written.unit());
			assertThat(read.direction()).isEqualTo(written.direction());
			assertThat(read.directionInferred()).isFalse();
			assertThat(read.aggregation()).isEqualTo(written.aggregation());
			assertThat(read.baseline().number()).isEqualByComparingTo(written.baseline());
			assertThat(FiscalYear.parse(read.baselineYear())).contains(written.baselineYear());
			assertThat(read.target().number()).isEqualByComparingTo(written.target());
			assertThat(FiscalYear.parse(read.targetYear())).contains(written.targetYear());
			assertThat(read.definition()).isEqualTo(written.definition());
			assertThat(read.department()).isEqualTo(written.department());
			assertThat(read.values()).containsOnlyKeys(written.values().keySet());
			written.values().forEach((year, value) -> {
				WrittenValue back = read.values().get(year);
				if (value.number() != null) {
					assertThat(back.number()).isEqualByComparingTo(value.number());
				}
				else {
					assertThat(back.number()).isNull();
					assertThat(back.cell()).isEqualTo(value.text());
				}
			});
		}
		assertThat(sheet.kpis().get(1).baseline().cell()).isEqualTo("▲312");
	}

	@Test
	void aPlansOwnLevelNamesReadBackAsLevels_withAWarningThatTheyWereTakenForLevels() {
		Plan plan = plan(List.of("政策分野", "重点プロジェクト"));

		PlanSheet sheet = PlanSheetReader.read(Workbooks.read("plan.xlsx", PlanWorkbookWriter.xlsx(plan)), Map.of());

		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.levelNames()).containsExactly("政策分野", "重点プロジェクト");
		assertThat(sheet.kpis()).hasSize(4);
		assertThat(sheet.warnings()).extracting(w -> w.problem().messageKey())
			.containsOnly("planimport.sheet.column.levelGuessed");
	}

	@Test
	void withoutYearsGivenTheColumnsAreTheYearsWithValues() {
		Plan given = plan(List.of("基本目標", "施策"));
		Plan plan = new Plan(given.name(), given.levelNames(), List.of(), given.rows());

		PlanSheet sheet = PlanSheetReader.read(Workbooks.read("plan.xlsx", PlanWorkbookWriter.xlsx(plan)), Map.of());

		assertThat(sheet.mapping().withRole(ColumnRole.YEAR_VALUE)).extracting(SheetColumn::year)
			.containsExactly(R2, R3, R4);
	}

}
