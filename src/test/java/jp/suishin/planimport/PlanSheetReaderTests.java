package jp.suishin.planimport;

import static jp.suishin.planimport.Grids.book;
import static jp.suishin.planimport.Grids.formula;
import static jp.suishin.planimport.Grids.grid;
import static jp.suishin.planimport.Grids.merge;
import static jp.suishin.planimport.Grids.number;
import static jp.suishin.planimport.Grids.row;
import static jp.suishin.planimport.Grids.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jp.suishin.exchange.Workbook;
import jp.suishin.notation.FiscalYear;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanSheetReaderTests {

	private static PlanSheet read(Workbook workbook) {
		return PlanSheetReader.read(workbook, Map.of());
	}

	private static ColumnRole role(PlanSheet sheet, String letter) {
		return sheet.mapping().column(ColumnMapping.columnIndex(letter)).orElseThrow().role();
	}

	private static List<String> keys(List<SheetIssue> issues) {
		return issues.stream().map(i -> i.problem().messageKey()).toList();
	}

	/** The warnings other than a direction set to 増加 for want of figures. */
	private static List<SheetIssue> warnings(PlanSheet sheet) {
		return sheet.warnings()
			.stream()
			.filter(w -> !w.problem().messageKey().equals("planimport.sheet.direction.guessed"))
			.toList();
	}

	private static SheetKpiRow kpi(PlanSheet sheet, String name) {
		return sheet.kpis().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void readsAPlainSheetWithATitleRow() {
		PlanSheet sheet = read(sheet(row("第2期 みどり市まち・ひと・しごと創生総合戦略 KPI一覧"), row(),
				row("基本目標", "施策", "評価指標", "単位", "基準値", "基準年度", "目標値", "目標年度", "R2年度", "R3年度"),
				row("1 しごとをつくる", "(1) 農業の担い手", "新規就農者数", "人", number("12"), "H30", number("25"), "R6", number("3"),
						"集計中（8月頃）"),
				row("1 しごとをつくる", "(1) 農業の担い手", "認定農業者数", "経営体", "▲12", "H30", "－", "R6", "△3", "１・０９")));

		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.sheetName()).isEqualTo("KPI一覧");
		assertThat(sheet.title()).isEqualTo("第2期 みどり市まち・ひと・しごと創生総合戦略 KPI一覧");
		assertThat(sheet.levelNames()).containsExactly("基本目標", "施策");
		assertThat(sheet.kpis()).hasSize(2);
		SheetKpiRow first = sheet.kpis().get(0);
		assertThat(first.row()).isEqualTo(4);
		assertThat(first.path()).containsExactly("1 しごとをつくる", "(1) 農業の担い手");
		assertThat(first.unit()).isEqualTo("人");
		assertThat(first.baseline().number()).isEqualByComparingTo("12");
		assertThat(first.baseline().column()).isEqualTo("E");
		assertThat(first.baselineYear()).isEqualTo("H30");
		assertThat(first.targetYear()).isEqualTo("R6");
		assertThat(first.values()).containsOnlyKeys(FiscalYear.of(2020), FiscalYear.of(2021));
		assertThat(first.values().get(FiscalYear.of(2021)).cell()).isEqualTo("集計中（8月頃）");
		assertThat(first.values().get(FiscalYear.of(2021)).number()).isNull();
		SheetKpiRow second = sheet.kpis().get(1);
		assertThat(second.baseline().cell()).isEqualTo("▲12");
		assertThat(second.baseline().number()).isNull();
		assertThat(second.target().cell()).isEqualTo("－");
		assertThat(second.values().get(FiscalYear.of(2020)).cell()).isEqualTo("△3");
		assertThat(second.values().get(FiscalYear.of(2021)).cell()).isEqualTo("１・０９");
		assertThat(sheet.nodes()).extracting(SheetNode::path)
			.containsExactly(List.of("1 しごとをつくる"), List.of("1 しごとをつくる", "(1) 農業の担い手"));
	}

	@ParameterizedTest
	@CsvSource({ "基本目標,LEVEL", "基本方針,LEVEL", "目標,LEVEL", "施策,LEVEL", "具体的な施策,LEVEL", "事業,LEVEL", "取組,LEVEL", "KPI,KPI",
			"重要業績評価指標,KPI", "重要業績評価指標（ＫＰＩ）,KPI", "評価指標,KPI", "指標名,KPI", "単位,UNIT", "方向,DIRECTION", "目指す方向,DIRECTION",
			"集計,AGGREGATION", "集計方法,AGGREGATION", "基準値,BASELINE", "現状値,BASELINE", "基準年度,BASELINE_YEAR", "目標値,TARGET",
			"目標年度,TARGET_YEAR", "定義,DEFINITION", "算出方法,DEFINITION", "担当課,DEPARTMENT", "所管課,DEPARTMENT", "進捗率,IGNORED",
			"評価,IGNORED", "達成率,IGNORED", "備考,IGNORED", "No,IGNORED", "番号,IGNORED", "'目 標 値',TARGET",
			"'担当\n課',DEPARTMENT", "ｋｐｉ,KPI" })
	void readsTheUsualHeaderWords(String header, ColumnRole role) {
		PlanSheet sheet = read(sheet(row("基本目標", "評価指標", header), row("1 目標", "指標A", "x")));

		SheetColumn column = sheet.mapping().column(2).orElseThrow();
		assertThat(column.role()).isEqualTo(role);
		assertThat(column.detected()).isTrue();
	}

	@Test
	void knownButUnneededColumnsAreListedAsIgnored_unknownOnesAreWarnedAbout() {
		PlanSheet sheet = read(
				sheet(row("No", "基本目標", "評価指標", "進捗率", "備考", "謎の列"), row("1", "1 目標", "指標A", "50%", "", "x")));

		assertThat(sheet.ignoredColumns()).containsExactly("No", "進捗率", "備考");
		SheetColumn unknown = sheet.mapping().column(5).orElseThrow();
		assertThat(unknown.role()).isEqualTo(ColumnRole.IGNORED);
		assertThat(unknown.detected()).isFalse();
		assertThat(warnings(sheet)).singleElement().satisfies(w -> {
			assertThat(w.problem().messageKey()).isEqualTo("planimport.sheet.column.unknown");
			assertThat(w.column()).isEqualTo("F");
			assertThat(w.cell()).isEqualTo("謎の列");
		});
		assertThat(sheet.kpis()).singleElement().extracting(SheetKpiRow::name).isEqualTo("指標A");
	}

	@ParameterizedTest
	@CsvSource({ "R2年度,2020", "令和2年度,2020", "H30,2018", "平成30年度,2018", "2020年度,2020", "2020,2020", "FY2020,2020",
			"Ｒ２年度,2020", "令和元年度,2019", "R2実績,2020", "実績値（R3）,2021", "R2年度（実績）,2020", "2020年度（R2）,2020",
			"'令和2年度\n実績',2020" })
	void readsAYearHeaderInAnyNotation(String header, int year) {
		PlanSheet sheet = read(sheet(row("基本目標", "評価指標", header), row("1 目標", "指標A", number("5"))));

		SheetColumn column = sheet.mapping().column(2).orElseThrow();
		assertThat(column.role()).isEqualTo(ColumnRole.YEAR_VALUE);
		assertThat(column.year()).isEqualTo(FiscalYear.of(year));
		assertThat(sheet.kpis().get(0).values()).containsOnlyKeys(FiscalYear.of(year));
	}

	@Test
	void aYearInTheHeaderOfABaselineOrTargetIsItsYear_aUnitInBracketsItsUnit() {
		PlanSheet sheet = read(
				sheet(row("基本目標", "評価指標", "現状値（H30）", "R6目標値（人）"), row("1 目標", "指標A", number("12"), number("25"))));

		assertThat(role(sheet, "C")).isEqualTo(ColumnRole.BASELINE);
		assertThat(sheet.mapping().column(2).orElseThrow().year()).isEqualTo(FiscalYear.of(2018));
		assertThat(role(sheet, "D")).isEqualTo(ColumnRole.TARGET);
		assertThat(sheet.mapping().column(3).orElseThrow().year()).isEqualTo(FiscalYear.of(2024));
		SheetKpiRow kpi = sheet.kpis().get(0);
		assertThat(kpi.baselineYear()).isEqualTo("H30");
		assertThat(kpi.targetYear()).isEqualTo("R6");
		assertThat(kpi.unit()).isEqualTo("人");
	}

	@Test
	void aYearsHeaderCanSayItIsTheTarget() {
		PlanSheet sheet = read(sheet(row("基本目標", "評価指標", "R2年度", "R6年度（目標）"), row("1 目標", "指標A", "1", "5")));

		assertThat(role(sheet, "D")).isEqualTo(ColumnRole.TARGET);
		assertThat(sheet.kpis().get(0).targetYear()).isEqualTo("R6年度");
		assertThat(sheet.kpis().get(0).target().cell()).isEqualTo("5");
	}

	@Test
	void aYearWrittenInTheCellAfterTheFigureIsTheFiguresYear() {
		PlanSheet sheet = read(sheet(row("基本目標", "評価指標", "基準値", "目標値"), row("1 目標", "指標A", "12人（H30）", "25人(R6年度)")));

		SheetKpiRow kpi = sheet.kpis().get(0);
		assertThat(kpi.baseline().cell()).isEqualTo("12人");
		assertThat(kpi.baselineYear()).isEqualTo("H30");
		assertThat(kpi.target().cell()).isEqualTo("25人");
		assertThat(kpi.targetYear()).isEqualTo("R6年度");
		assertThat(kpi.unit()).isEqualTo("人");
	}

	@Test
	void twoHeaderRowsWithMergedLabelsOverTheirColumns() {
		// Row 3 (index 2): 基本目標, 施策, KPI merged down two rows; 基準値 over 値/年度;
		// 目標値 over R6年度; 実績値 over R2年度…R5年度.
		Workbook workbook = book(grid("KPI",
				List.of(merge(0, 0, 0, 9), merge(2, 3, 0, 0), merge(2, 3, 1, 1), merge(2, 3, 2, 2), merge(2, 2, 3, 4),
						merge(2, 3, 5, 5), merge(2, 2, 6, 6), merge(2, 2, 7, 10)),
				row("みどり市総合戦略"), row(), row("基本目標", "具体的な施策", "重要業績評価指標\n（KPI）", "基準値", null, "単位", "目標値", "実績値"),
				row(null, null, null, "値", "年度", null, "R6年度", "R2年度", "R3年度", "R4年度", "R5年度"),
				row("1 しごと", "(1) 農業", "新規就農者数", number("12"), "H30", "人", number("25"), number("3"), number("4"),
						number("5"), "集計中")));

		PlanSheet sheet = read(workbook);

		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.title()).isEqualTo("みどり市総合戦略");
		assertThat(sheet.levelNames()).containsExactly("基本目標", "具体的な施策");
		assertThat(sheet.mapping().columns()).extracting(SheetColumn::role)
			.containsExactly(ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.KPI, ColumnRole.BASELINE,
					ColumnRole.BASELINE_YEAR, ColumnRole.UNIT, ColumnRole.TARGET, ColumnRole.YEAR_VALUE,
					ColumnRole.YEAR_VALUE, ColumnRole.YEAR_VALUE, ColumnRole.YEAR_VALUE);
		assertThat(sheet.mapping().column(6).orElseThrow().year()).isEqualTo(FiscalYear.of(2024));
		assertThat(sheet.mapping().column(7).orElseThrow().header()).isEqualTo("実績値 R2年度");
		SheetKpiRow kpi = sheet.kpis().get(0);
		assertThat(kpi.row()).isEqualTo(5);
		assertThat(kpi.name()).isEqualTo("新規就農者数");
		assertThat(kpi.baselineYear()).isEqualTo("H30");
		assertThat(kpi.targetYear()).isEqualTo("R6年度");
		assertThat(kpi.values()).containsOnlyKeys(FiscalYear.of(2020), FiscalYear.of(2021), FiscalYear.of(2022),
				FiscalYear.of(2023));
		assertThat(kpi.values().get(FiscalYear.of(2023)).cell()).isEqualTo("集計中");
	}

	@Test
	void aLabelMergedOverAFigureAndItsYearWithoutASecondHeaderRowLeavesTheFirstRowToTheData() {
		Workbook workbook = book(grid("KPI", List.of(merge(0, 0, 2, 3)), row("基本目標", "評価指標", "基準値", null, "目標値"),
				row("1 目標", "指標A", "12", "H30", "25"), row("1 目標", "指標B", "8", "（R1）", "9")));

		PlanSheet sheet = read(workbook);

		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.kpis()).extracting(SheetKpiRow::name).containsExactly("指標A", "指標B");
		assertThat(sheet.kpis().get(0).baseline().cell()).isEqualTo("12");
		assertThat(role(sheet, "D")).isEqualTo(ColumnRole.BASELINE_YEAR);
		assertThat(sheet.kpis()).extracting(SheetKpiRow::baselineYear).containsExactly("H30", "R1");
	}

	@Test
	void aLabelRowAboveYearColumnsWithoutMergesIsPartOfTheHeader() {
		PlanSheet sheet = read(sheet(row("KPI一覧"), row(null, null, "実績値", null), row("基本目標", "評価指標", "R2", "R3"),
				row("1 目標", "指標A", number("1"), number("2"))));

		assertThat(sheet.title()).isEqualTo("KPI一覧");
		assertThat(sheet.kpis().get(0).values()).containsOnlyKeys(FiscalYear.of(2020), FiscalYear.of(2021));
	}

	@Test
	void goalsMergedDownRepeatedOrLeftBlankGiveTheSamePaths() {
		Object[] header = row("基本目標", "施策", "評価指標");
		Workbook merged = book(grid("a", List.of(merge(1, 3, 0, 0), merge(1, 2, 1, 1)), header,
				row("1 目標", "(1) 施策", "A"), row(null, null, "B"), row(null, "(2) 施策", "C")));
		Workbook repeated = sheet(header, row("1 目標", "(1) 施策", "A"), row("1 目標", "(1) 施策", "B"),
				row("1 目標", "(2) 施策", "C"));
		Workbook blank = sheet(header, row("1 目標", "(1) 施策", "A"), row(null, null, "B"), row(null, "(2) 施策", "C"));

		for (Workbook workbook : List.of(merged, repeated, blank)) {
			PlanSheet sheet = read(workbook);
			assertThat(sheet.problems()).isEmpty();
			assertThat(sheet.kpis()).extracting(SheetKpiRow::path)
				.containsExactly(List.of("1 目標", "(1) 施策"), List.of("1 目標", "(1) 施策"), List.of("1 目標", "(2) 施策"));
			assertThat(sheet.nodes()).extracting(SheetNode::path)
				.containsExactly(List.of("1 目標"), List.of("1 目標", "(1) 施策"), List.of("1 目標", "(2) 施策"));
		}
	}

	@Test
	void aRowWithALevelCellButNoKpiIsANodeWithoutKpis_aNewGoalDoesNotInheritTheMeasureAbove() {
		PlanSheet sheet = read(sheet(row("基本目標", "施策", "評価指標"), row("1 目標", null, null), row(null, "(1) 施策", "A"),
				row("2 目標", null, "B"), row(null, "(1) 別の施策", null)));

		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.nodes()).extracting(SheetNode::path, SheetNode::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("1 目標"), 2),
					org.assertj.core.groups.Tuple.tuple(List.of("1 目標", "(1) 施策"), 3),
					org.assertj.core.groups.Tuple.tuple(List.of("2 目標"), 4),
					org.assertj.core.groups.Tuple.tuple(List.of("2 目標", "(1) 別の施策"), 5));
		assertThat(kpi(sheet, "B").path()).containsExactly("2 目標");
	}

	@Test
	void aMeasureLeftBlankBesideARepeatedGoalIsNoMeasure_theKpiHangsOnTheGoal() {
		PlanSheet sheet = read(sheet(row("基本目標", "施策", "評価指標"), row("1 目標", "(1) 施策", "A"), row("1 目標", null, "B"),
				row(null, null, "C")));

		assertThat(sheet.kpis()).extracting(SheetKpiRow::path)
			.containsExactly(List.of("1 目標", "(1) 施策"), List.of("1 目標"), List.of("1 目標"));
	}

	@Test
	void aGoalTitleMergedAcrossTheTableIsAGoalRow_aRepeatedHeaderAndNumberedEmptyRowsAreSkipped() {
		Workbook workbook = book(grid("KPI", List.of(merge(1, 1, 0, 4), merge(5, 5, 0, 4)),
				row("No", "基本目標", "施策", "評価指標", "基準値"), row("基本目標1 しごとをつくる"), row("1", null, "(1) 農業", "A", "1"),
				row("No", "基本目標", "施策", "評価指標", "基準値"), row("2", null, "(1) 農業", "B", "2"), row("基本目標2 ひとをよぶ"),
				row("3", null, "(1) 移住", "C", "3"), row("4"), row("5")));

		PlanSheet sheet = read(workbook);

		assertThat(sheet.problems()).isEmpty();
		assertThat(warnings(sheet)).isEmpty();
		assertThat(sheet.kpis()).extracting(SheetKpiRow::path)
			.containsExactly(List.of("基本目標1 しごとをつくる", "(1) 農業"), List.of("基本目標1 しごとをつくる", "(1) 農業"),
					List.of("基本目標2 ひとをよぶ", "(1) 移住"));
		assertThat(sheet.nodes()).hasSize(4);
	}

	@Test
	void footnotesBeneathTheTableAreNotKpis() {
		PlanSheet sheet = read(sheet(row("基本目標", "評価指標", "基準値"), row("1 目標", "A", number("1")),
				row("※ 基準値は平成30年度の値です。"), row("1 目標", "B", number("2"))));
		assertThat(sheet.kpis()).extracting(SheetKpiRow::name).containsExactly("A");

		PlanSheet notes = read(sheet(row("基本目標", "評価指標", "基準値"), row("1 目標", "A", number("1")),
				row("注1）数値は各年度末時点", null, null), row("出典：住民基本台帳")));
		assertThat(notes.kpis()).extracting(SheetKpiRow::name).containsExactly("A");

		PlanSheet sentence = read(sheet(row("基本目標", "評価指標", "基準値"), row("1 目標", "A", number("1")),
				row("この表の数値は、各課からの報告をもとに企画課が取りまとめたものです。")));
		assertThat(sentence.kpis()).extracting(SheetKpiRow::name).containsExactly("A");
		assertThat(sentence.nodes()).hasSize(1);
	}

	@Test
	void aBlankRowEndsTheTable_andAKpiRowAfterItIsWarnedAbout() {
		PlanSheet sheet = read(
				sheet(row("基本目標", "評価指標", "基準値"), row("1 目標", "A", number("1")), row(), row("2 目標", "B", number("2"))));

		assertThat(sheet.kpis()).extracting(SheetKpiRow::name).containsExactly("A");
		assertThat(warnings(sheet)).singleElement().satisfies(w -> {
			assertThat(w.problem().messageKey()).isEqualTo("planimport.sheet.row.afterTable");
			assertThat(w.row()).isEqualTo(4);
		});
	}

	@Test
	void aRelistedKpiIsMarked_andTheSameKpiTwiceUnderOnePathIsAProblem() {
		PlanSheet sheet = read(sheet(row("基本目標", "評価指標"), row("1 目標", "観光客数"), row("2 目標", "観光客数（再掲）"),
				row("3 目標", "観光客数 (再掲)"), row("3 目標", "移住者数"), row("3 目標", "移住者数")));

		assertThat(sheet.kpis()).extracting(SheetKpiRow::name, SheetKpiRow::relisted)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("観光客数", false),
					org.assertj.core.groups.Tuple.tuple("観光客数", true),
					org.assertj.core.groups.Tuple.tuple("観光客数", true),
					org.assertj.core.groups.Tuple.tuple("移住者数", false));
		assertThat(sheet.problems()).singleElement().satisfies(p -> {
			assertThat(p.problem().messageKey()).isEqualTo("planimport.sheet.kpi.duplicate");
			assertThat(p.row()).isEqualTo(6);
			assertThat(p.column()).isEqualTo("B");
			assertThat(p.problem().arguments()).containsExactly("移住者数", 5);
		});
	}

	@Test
	void theDirectionColumnIsReadInItsUsualWords() {
		PlanSheet sheet = read(sheet(row("基本目標", "評価指標", "目指す方向"), row("1", "A", "増やす"), row("1", "B", "↓"),
				row("1", "C", "現状維持"), row("1", "D", "上昇"), row("1", "E", "INCREASE"), row("1", "F", "よくする")));

		assertThat(sheet.kpis()).extracting(SheetKpiRow::direction)
			.containsExactly("増加", "減少", "維持", "増加", "増加", "よくする");
		assertThat(sheet.kpis()).noneMatch(SheetKpiRow::directionInferred);
	}

	@Test
	void withoutADirectionItIsInferredFromBaselineToTarget() {
		PlanSheet sheet = read(sheet(row("基本目標", "評価指標", "単位", "基準値", "目標値"), row("1", "下がる", "件", number("10"), "8件"),
				row("1", "同じ", "ha", "113,600ha", number("113600")), row("1", "上がる", "人", number("12"), number("25")),
				row("1", "転出超過", "人", "▲312", "▲275"), row("1", "なし", "人", "－", number("3"))));

		assertThat(sheet.kpis()).extracting(SheetKpiRow::direction).containsExactly("減少", "維持", "増加", "増加", "増加");
		assertThat(sheet.kpis()).allMatch(SheetKpiRow::directionInferred);
		assertThat(sheet.warnings()).singleElement().satisfies(w -> {
			assertThat(w.problem().messageKey()).isEqualTo("planimport.sheet.direction.guessed");
			assertThat(w.row()).isEqualTo(6);
		});
	}

	@Test
	void theUnitComesFromItsColumn_elseTheHeader_elseTheFiguresSuffix() {
		PlanSheet sheet = read(sheet(row("基本目標", "評価指標", "単位", "基準値", "目標値"), row("1", "A", "人", "12", "25"),
				row("1", "B", null, "1,232万人", "1,300万人"), row("1", "C", null, "52.0％", "60％"),
				row("1", "D", null, "12", "20")));

		assertThat(sheet.kpis()).extracting(SheetKpiRow::unit).containsExactly("人", "万人", "%", null);

		PlanSheet fromHeader = read(sheet(row("基本目標", "評価指標", "目標値（人）"), row("1", "A", "25")));
		assertThat(fromHeader.kpis().get(0).unit()).isEqualTo("人");
	}

	@Test
	void aPercentFormattedNumberIsCountedInPercent() {
		PlanSheet sheet = read(sheet(row("基本目標", "評価指標", "単位", "基準値", "R2年度"),
				row("1", "A", "%", number("12.3%", "0.123", "0.0%"), number("13.0%", "0.13", "0.0%")),
				row("1", "B", null, number("50%", "0.5", "0%"), null),
				row("1", "C", "人", number("12人", "12", "0\"人\""), number("8%", "0.08", "0%"))));

		SheetKpiRow a = sheet.kpis().get(0);
		assertThat(a.baseline().number()).isEqualByComparingTo("12.3");
		assertThat(a.baseline().cell()).isEqualTo("12.3%");
		assertThat(a.values().get(FiscalYear.of(2020)).number()).isEqualByComparingTo("13");
		SheetKpiRow b = sheet.kpis().get(1);
		assertThat(b.unit()).isEqualTo("%");
		assertThat(b.baseline().number()).isEqualByComparingTo("50");
		SheetKpiRow c = sheet.kpis().get(2);
		assertThat(c.baseline().number()).isEqualByComparingTo("12");
		assertThat(c.values().get(FiscalYear.of(2020)).number()).isEqualByComparingTo("0.08");
	}

	@Test
	void aFormulaCellIsReadFromItsCachedValueAndMarked() {
		PlanSheet sheet = read(
				sheet(row("基本目標", "評価指標", "R2年度", "R3年度"), row("1", "A", number("3"), formula("7", "7"))));

		SheetKpiRow kpi = sheet.kpis().get(0);
		assertThat(kpi.values().get(FiscalYear.of(2020)).formula()).isFalse();
		WrittenValue value = kpi.values().get(FiscalYear.of(2021));
		assertThat(value.formula()).isTrue();
		assertThat(value.number()).isEqualByComparingTo(new BigDecimal("7"));
		assertThat(value.row()).isEqualTo(2);
		assertThat(value.column()).isEqualTo("D");
	}

	@Test
	void theRestOfTheRowIsReadAsWritten() {
		PlanSheet sheet = read(
				sheet(row("基本目標", "評価指標", "集計方法", "指標の定義", "担当課"), row("1", "A", "累計", "市の住民基本台帳による", "企画課")));

		SheetKpiRow kpi = sheet.kpis().get(0);
		assertThat(kpi.aggregation()).isEqualTo("累計");
		assertThat(kpi.definition()).isEqualTo("市の住民基本台帳による");
		assertThat(kpi.department()).isEqualTo("企画課");
	}

	@Test
	void theSheetWithTheTableIsRead_otherSheetsWithDataAreWarnedAbout() {
		Workbook workbook = book(grid("表紙", List.of(), row("みどり市"), row("令和5年度")),
				grid("説明", List.of(), row("項目", "説明"), row("KPI", "重要業績評価指標")),
				grid("KPI一覧", List.of(), row("基本目標", "評価指標"), row("1", "A")));

		PlanSheet sheet = read(workbook);

		assertThat(sheet.sheetName()).isEqualTo("KPI一覧");
		assertThat(sheet.kpis()).hasSize(1);
		assertThat(warnings(sheet)).extracting(SheetIssue::sheet).containsExactly("説明");
		assertThat(keys(warnings(sheet))).containsExactly("planimport.sheet.extraSheet");
	}

	@Test
	void overridesWin_andAssignWhatTheHeaderDoesNotSay() {
		Workbook workbook = sheet(row("分野", "取組の名称", "はかるもの", "初期値", "ゴール", "実績１", "メモ"),
				row("1 しごと", "(1) 農業", "新規就農者数", "12", "25", "3", "x"));

		PlanSheet unread = read(workbook);
		assertThat(keys(unread.problems())).contains("planimport.sheet.noHeader");

		PlanSheet sheet = PlanSheetReader.read(workbook, Map.of("A", "level:1", "B", "level:2", "C", "kpi", "D",
				"baseline", "E", "target", "F", "year:R2年度", "G", "ignore"));
		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.levelNames()).containsExactly("分野", "取組の名称");
		assertThat(sheet.ignoredColumns()).containsExactly("メモ");
		SheetKpiRow kpi = sheet.kpis().get(0);
		assertThat(kpi.path()).containsExactly("1 しごと", "(1) 農業");
		assertThat(kpi.baseline().cell()).isEqualTo("12");
		assertThat(kpi.target().cell()).isEqualTo("25");
		assertThat(kpi.values()).containsOnlyKeys(FiscalYear.of(2020));
	}

	@Test
	void anOverrideReplacesADetectedRole() {
		Workbook workbook = sheet(row("基本目標", "施策", "評価指標", "備考"), row("1", "(1)", "A", "企画課"));

		PlanSheet sheet = PlanSheetReader.read(workbook, Map.of("B", "ignore", "D", "department"));

		assertThat(sheet.levelNames()).containsExactly("基本目標");
		assertThat(sheet.kpis().get(0).path()).containsExactly("1");
		assertThat(sheet.kpis().get(0).department()).isEqualTo("企画課");
		assertThat(sheet.mapping().column(3).orElseThrow().detected()).isTrue();
	}

	@Test
	void anInvalidOverrideIsAProblemNamingTheColumn() {
		PlanSheet sheet = PlanSheetReader.read(sheet(row("基本目標", "評価指標"), row("1", "A")),
				Map.of("C", "somethng", "1", "kpi", "D", "year:いつか", "E", "level:x"));

		assertThat(sheet.problems()).extracting(SheetIssue::column).containsExactlyInAnyOrder("C", "1", "D", "E");
		assertThat(keys(sheet.problems())).containsOnly("planimport.sheet.override.role",
				"planimport.sheet.override.column");
		assertThat(sheet.problems()).filteredOn(p -> "C".equals(p.column()))
			.singleElement()
			.satisfies(p -> assertThat(p.cell()).isEqualTo("somethng"));
	}

	@Test
	void structuralProblemsNameWhereTheyAre() {
		PlanSheet noHeader = read(sheet(row("みどり市"), row("a", "b")));
		assertThat(keys(noHeader.problems())).containsExactly("planimport.sheet.noHeader");

		PlanSheet noKpi = read(sheet(row("基本目標", "施策", "基準値", "目標値"), row("1", "(1)", "1", "2")));
		assertThat(noKpi.problems()).singleElement().satisfies(p -> {
			assertThat(p.problem().messageKey()).isEqualTo("planimport.sheet.noKpiColumn");
			assertThat(p.row()).isEqualTo(1);
		});

		PlanSheet empty = read(sheet(row("基本目標", "評価指標"), row(), row("※ 該当なし")));
		assertThat(keys(empty.problems())).containsExactly("planimport.sheet.empty");

		PlanSheet conflict = read(sheet(row("基本目標", "評価指標", "単位", "単位"), row("1", "A", "人", "件")));
		assertThat(conflict.problems()).singleElement().satisfies(p -> {
			assertThat(p.problem().messageKey()).isEqualTo("planimport.sheet.column.conflict");
			assertThat(p.column()).isEqualTo("D");
			assertThat(p.problem().arguments()).startsWith("C", "D");
		});

		PlanSheet sameYear = read(sheet(row("基本目標", "評価指標", "R2年度", "2020"), row("1", "A", "1", "2")));
		assertThat(keys(sameYear.problems())).containsExactly("planimport.sheet.column.conflict");

		PlanSheet noSheets = read(book());
		assertThat(keys(noSheets.problems())).containsExactly("planimport.sheet.noSheet");
	}

	@Test
	void anIntermediateTargetGivesWayToTheLatest() {
		PlanSheet sheet = read(sheet(row("基本目標", "評価指標", "目標値（R4）", "目標値（R6）"), row("1", "A", "20", "25")));

		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.kpis().get(0).target().cell()).isEqualTo("25");
		assertThat(sheet.kpis().get(0).targetYear()).isEqualTo("R6");
		assertThat(sheet.ignoredColumns()).containsExactly("目標値（R4）");
		assertThat(keys(warnings(sheet))).containsExactly("planimport.sheet.column.earlierTarget");
	}

	@Test
	void aKpiBelowALevelLeftEmptyIsAProblem() {
		PlanSheet sheet = read(sheet(row("基本目標", "施策", "評価指標"), row(null, "(1) 施策", "A")));

		assertThat(sheet.problems()).singleElement().satisfies(p -> {
			assertThat(p.problem().messageKey()).isEqualTo("planimport.sheet.level.missing");
			assertThat(p.row()).isEqualTo(2);
			assertThat(p.column()).isEqualTo("A");
		});
	}

}
