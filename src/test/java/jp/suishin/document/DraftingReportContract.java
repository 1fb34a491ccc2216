package jp.suishin.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.bench.StatementCounter;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.document.ReportDocument.KpiRow;
import jp.suishin.document.ReportDocument.ProgramLine;
import jp.suishin.document.ReportDocument.Section;
import jp.suishin.document.ReportDocument.Share;
import jp.suishin.document.ReportDocument.Status;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report document drafted from the sample data reproduces what the two published
 * Sorachi reports print (../shared/seeds/004 for R6, 003 for R5): the KPI rows with
 * baseline, actual, target and 進捗率, the summary and its shares, the sections and the
 * programs; activities and actions land in their sections in order; outsiders get no
 * unpublished value; and the draft reads the data in a bounded number of statements. Run
 * by {@link DraftingReportTests} (embedded database) and
 * {@link DraftingReportOnPostgresTests}.
 */
abstract class DraftingReportContract {

	static final String SORACHI = "sorachi-doo-policy-2021";

	/**
	 * The KPI tables of the project pages of seed 004 (令和7年度版, values to R6), quoted as
	 * printed, in print order.
	 */
	static final String SEED_004_ROWS = """
			炭鉄港推進協議会構成市町の観光入込客数 7,250千人(R2) 集計中(R6) 7,468千人(R7) －％
			空知の耕作面積の維持 113,600㏊ (R2) 113,500㏊ (R6) 113,600㏊ (R7) 99.9％
			新規高卒者管内企業就職率 60.9％（R2） 53.0%（R6） 63.9％（R6） 82.9％
			「そらち・デ・ビュー」公式SNSのフォロワー数 6,522人 (R2) 28,672人（R6） 14,500人(R7) 197.7％
			管内への観光入込客数 1,232万人(R1) 集計中(R6) 1,278万人(R6) -％
			移住相談件数 574件 (R2) 集計中(R6) 687件 (R7) -％
			新規高卒者管内企業就職率（再掲） 60.9％（R2） 53.0%（R6） 63.9％（R6） 82.9％
			移住相談件数（再掲） 574件 (R2) 集計中(R6) 687件 (R7) -％
			認定こども園設置数 20カ所 (R2） 20カ所 （R6） 22カ所 (R7) 90.9％
			""";

	/** Seed 004's KPI list, R6 column: the months the pending values are expected in. */
	static final List<Integer> SEED_004_EXPECTED_MONTHS = List.of(7, 7, 8, 8);

	/**
	 * The rows of seed 003 (令和6年度版, values to R5) that print a figure, quoted as printed
	 * (tab-separated). Its three 集計中 KPIs have figures in the sample data now.
	 */
	static final String SEED_003_FIGURE_ROWS = """
			空知の耕作面積の維持	113,600ha (R2)	113,500ha (R5)	113,600ha (R7)	99.9%
			新規高卒者管内企業就職率	60.9% (R2)	52.0% (R5)	63.9% (R6)	81.4%
			「そらち・デ・ビュー」公式SNSのフォロワー数	6,522人 (R2)	20,120人 (R5)	14,500人 (R7)	138.8%
			新規高卒者管内企業就職率 (再掲)	60.9% (R2)	52.0% (R5)	63.9% (R6)	81.4%
			認定こども園設置数	20カ所 (R2)	20カ所 (R5)	22カ所 (R7)	90.9%
			""";

	/** name, baseline (year), actual (year), target (year), 進捗率. */
	static final Pattern ROW = Pattern.compile(
			"^(.+?)([\\d,.]+\\D*?\\(R\\d+\\))([\\d,.]+\\D*?\\(R\\d+\\)|集計中\\(R\\d+\\))([\\d,.]+\\D*?\\(R\\d+\\))(-%|[\\d.]+%)$");

	/** The unapproved value of 2027, under collection. */
	static final String NEEDLE = "97531864";

	@Autowired
	DraftingReport drafting;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CollectingValues collecting;

	@Autowired
	CollectionRepository collections;

	@Autowired
	RecordingActualValue recording;

	long sorachi() {
		return plans.findByKey(SORACHI).orElseThrow().id();
	}

	ReportDocument sorachiDraft(int year) {
		return drafting.draft(Viewer.PUBLIC, sorachi(), FiscalYear.of(year));
	}

	@Test
	void sorachiR6Draft_printsEveryKpiRowAsSeed004() {
		ReportDocument document = sorachiDraft(2024);
		List<String> expected = SEED_004_ROWS.lines().map(DraftingReportContract::seedRow).toList();
		assertThat(document.kpiList().rows()).extracting(DraftingReportContract::printed)
			.containsExactlyElementsOf(expected);
		assertThat(document.sections()).flatExtracting(Section::kpis)
			.extracting(DraftingReportContract::printed)
			.containsExactlyElementsOf(expected);
		assertThat(document.kpiList().rows()).filteredOn(r -> r.actual().status() == Status.PENDING)
			.extracting(r -> r.actual().expectedMonth())
			.containsExactlyElementsOf(SEED_004_EXPECTED_MONTHS);
		assertThat(document.kpiList().rows()).filteredOn(r -> r.actual().status() == Status.PENDING).allSatisfy(r -> {
			assertThat(r.actual().value()).isNull();
			assertThat(r.progressRate()).isNull();
		});
	}

	@Test
	void sorachiR6Draft_holdsTheFiguresAsNumbersInTheKpisUnit() {
		Map<String, KpiRow> rows = unique(sorachiDraft(2024));
		KpiRow area = rows.get("sorachi-cultivated-area");
		assertThat(area.unit()).isEqualTo("ha");
		assertThat(area.direction()).isEqualTo("maintain");
		assertThat(area.actual().value()).isEqualByComparingTo("113500");
		assertThat(area.actual().year()).isEqualTo(2024);
		assertThat(area.actual().yearLabel()).isEqualTo("R6");
		assertThat(area.actual().status()).isEqualTo(Status.CONFIRMED);
		assertThat(area.baseline().text()).as("the year is the figure's own").isEqualTo("113,600ha");
		assertThat(area.baseline().yearLabel()).isEqualTo("R2");
		assertThat(area.target().text()).isEqualTo("113,600ha");
		assertThat(area.actual().text()).isEqualTo("113,500ha");
		assertThat(area.baseline().value()).isEqualByComparingTo("113600");
		assertThat(area.baseline().year()).isEqualTo(2020);
		assertThat(area.target().year()).isEqualTo(2025);
		assertThat(area.progressRate()).isEqualByComparingTo("99.9");
		KpiRow tourists = rows.get("sorachi-tourist-visitors");
		assertThat(tourists.values()).extracting(f -> f == null ? null : f.value())
			.usingElementComparator(java.util.Comparator.nullsFirst(java.math.BigDecimal::compareTo))
			.containsExactly(new java.math.BigDecimal("852"), new java.math.BigDecimal("1159.6"),
					new java.math.BigDecimal("1274.46"), null);
		assertThat(tourists.values().get(3).text()).isEqualTo("集計中（7月頃）");
		assertThat(tourists.values().get(3).status()).isEqualTo(Status.PENDING);
		assertThat(sorachiDraft(2024).kpiList().columnLabels()).containsExactly("R3", "R4", "R5", "R6");
		assertThat(sorachiDraft(2024).kpiList().columns()).containsExactly(2021, 2022, 2023, 2024);
	}

	@Test
	void sorachiR6Draft_summarisesSevenUniqueKpisWithSharesThatAddUp() {
		ReportDocument.Distribution distribution = sorachiDraft(2024).distribution();
		assertThat(distribution.unique()).isEqualTo(7);
		assertThat(distribution.pending()).isEqualTo(3);
		assertThat(distribution.evaluated()).isEqualTo(4);
		assertThat(distribution.shares()).extracting(Share::count).containsExactly(1, 3, 3);
		// seed 004: 100％以上 2割, 80~99％ 4割, 集計中 4割
		assertThat(distribution.shares()).extracting(Share::tenths).containsExactly(2, 4, 4);
		assertThat(distribution.shares().stream().mapToInt(Share::percent).sum()).isEqualTo(100);
		assertThat(distribution.shares().stream().mapToInt(Share::tenths).sum()).isEqualTo(10);
		assertThat(distribution.shares().get(2).code()).isEqualTo("pending");
		assertThat(distribution.text().ja()).contains("7件の評価指標（再掲を除く）のうち", "集計中の3件", "4件はいずれも80％以上", "1件は既に目標値に達している");
		assertThat(distribution.text().en()).contains("Of 7 KPIs").doesNotContainPattern("[\\p{IsHiragana}\\p{IsHan}]");
	}

	@Test
	void sorachiR6Draft_hasTheCoverTheSectionsAndTheAnalysis() {
		ReportDocument document = sorachiDraft(2024);
		ReportDocument.Cover cover = document.cover();
		assertThat(document.formatVersion()).isEqualTo(ReportDocument.FORMAT_VERSION);
		assertThat(cover.planKey()).isEqualTo(SORACHI);
		assertThat(cover.title()).startsWith(cover.planName()).endsWith("の推進状況(R6)について");
		assertThat(cover.ownerName()).isEqualTo("北海道空知総合振興局");
		assertThat(cover.ownerCode()).as("a bureau has no local government code").isNull();
		assertThat(cover.dataYear()).isEqualTo(2024);
		assertThat(cover.dataYearLabel()).isEqualTo("R6");
		assertThat(cover.levelName()).isEqualTo("プロジェクト");
		assertThat(cover.edition()).isNull();
		assertThat(cover.generatedOn()).isNotNull();
		assertThat(document.sections()).extracting(Section::code).containsExactly("1", "2", "3", "4");
		assertThat(document.sections()).extracting(Section::title)
			.containsExactly("日本遺産「炭鉄港」を活用した交流人口拡大プロジェクト", "未来技術の導入などによる産業振興・担い手確保プロジェクト", "地域の歴史や資源を活かした空知の魅力発信プロジェクト",
					"空知と多様な形で関わりを持つ人材創出プロジェクト");
		assertThat(document.sections()).extracting(s -> s.kpis().size()).containsExactly(1, 2, 3, 3);
		Section first = document.sections().get(0);
		// seed 004: 【推進エリア】道央広域連携地域（空知地域・石狩地域・後志地域・胆振地域）
		assertThat(first.area()).isEqualTo("道央広域連携地域（空知地域・石狩地域・後志地域・胆振地域）");
		assertThat(first.purpose()).startsWith("空知の「石炭」、室蘭の「鉄鋼」、小樽の「港湾」");
		assertThat(first.actionsYear()).isEqualTo(2025);
		assertThat(first.actionsYearLabel()).isEqualTo("R7");
		assertThat(document.sections().get(3).kpis()).extracting(KpiRow::relisted).containsExactly(true, true, false);
		assertThat(document.analysis().ja()).as("the summary is the analysis draft's opening, written once")
			.startsWith(document.distribution().text().ja());
		assertThat(document.analysis().en()).startsWith(document.distribution().text().en());
		assertThat(document.analysis().en()).as("the engine's draft in English (KPI names stay as written)")
			.startsWith("- Of 7 KPIs");
	}

	@Test
	void sorachiR5Draft_printsTheFiguresSeed003Printed() {
		ReportDocument document = sorachiDraft(2023);
		List<String> drafted = document.kpiList().rows().stream().map(DraftingReportContract::printed).toList();
		assertThat(drafted)
			.containsSubsequence(SEED_003_FIGURE_ROWS.lines().map(DraftingReportContract::seedRow).toList());
		assertThat(document.kpiList().rows()).extracting(KpiRow::progressText)
			.contains("99.9％", "81.4％", "138.8％", "90.9％");
		// the sample data keeps the later figures where 003 printed 集計中 (editions keep
		// what was published)
		assertThat(unique(document).get("sorachi-tourist-visitors").actual().text()).isEqualTo("1,274.46万人");
		assertThat(document.cover().title()).endsWith("の推進状況(R5)について");
	}

	@Test
	void sorachiR5Draft_listsTheNextYearsProgramsOncePerNameWithTheirProjects() {
		List<ProgramLine> programs = sorachiDraft(2023).programs();
		assertThat(programs).allMatch(p -> p.year() == 2024);
		assertThat(programs).extracting(ProgramLine::name).doesNotHaveDuplicates();
		Map<String, List<String>> projects = programs.stream()
			.collect(Collectors.toMap(ProgramLine::name, ProgramLine::projects));
		// seed 003: R6年度における空知総合振興局の主な取組, 主な関連プロジェクト
		assertThat(projects).containsEntry("日本遺産「炭鉄港」広域連携推進事業", List.of("①"))
			.containsEntry("北海道空知魅力発信事業", List.of("③", "④"))
			.containsEntry("空知スマート農業推進・人材力強化事業", List.of("②"))
			.containsEntry("空知アドベンチャートラベル推進事業", List.of("③"))
			.containsEntry("目指せ「空知人」！地域おこし協力隊活動応援事業", List.of("④"));
		assertThat(programs).filteredOn(p -> p.name().equals("空知地域産業人材確保対策事業"))
			.singleElement()
			.satisfies(p -> assertThat(p.summary()).isEqualTo("合同企業説明会等の実施により、新規学卒者など若者の人材確保・定着に取り組む。"));
		assertThat(sorachiDraft(2022).programs()).as("no program is listed for R5").isEmpty();
	}

	@Test
	void sorachiR6Draft_listsTheR7ProgramsAsSeed004() {
		List<ProgramLine> programs = sorachiDraft(2024).programs();
		assertThat(programs).allMatch(p -> p.year() == 2025);
		// seed 004: Ｒ７年度における空知総合振興局の主な取組, 事業名 and 主な関連ﾌﾟﾛｼﾞｪｸﾄ
		assertThat(programs.stream().collect(Collectors.toMap(ProgramLine::name, ProgramLine::projects)))
			.containsExactlyInAnyOrderEntriesOf(Map.of("日本遺産「炭鉄港」広域連携加速化事業", List.of("①"), "北海道空知魅力発信事業", List.of("③"),
					"目指せ「空知人」！地域おこし協力隊活動応援事業", List.of("③"), "空知地域公共交通維持・確保推進事業", List.of("④"), "空知の農業・農村未来づくり事業",
					List.of("②", "③", "④"), "空知地域産業人材確保対策事業", List.of("④"), "空知「食」と「ワイン」のブランド強化事業", List.of("②", "③"),
					"空知アドベンチャートラベル推進事業", List.of("③"), "空知GX産業集積促進事業", List.of("②"), "そらちゼロカーボンジュニアキャンプ事業",
					List.of("③")));
	}

	@Test
	void sorachiR6Draft_carriesTheSampleDatasActivitiesAndR7Actions() {
		Section first = sorachiDraft(2024).sections().get(0);
		// seed 004, project 1: its R6 activities and its R7 actions
		assertThat(first.activities()).extracting(ReportDocument.ActivityLine::title)
			.startsWith("炭鉄港アートプロジェクト2024の開催", "炭鉄港プレミアムガイドツアーの実施", "炭鉄港めしフェスタの開催");
		ReportDocument.ActivityLine art = first.activities().get(0);
		assertThat(art.dates()).isEqualTo("令和6年9月29日～10月14日");
		assertThat(art.place()).isEqualTo("JR岩見沢駅 自由通路");
		assertThat(art.participants()).isEqualTo("約34,200名来場");
		assertThat(art.leads()).containsExactly("振興局");
		assertThat(first.activities().get(2).dates()).isEqualTo("①令和6年9月14日～15日 ②令和6年9月26日～29日");
		assertThat(first.actions()).extracting(ReportDocument.ActionLine::text)
			.containsExactly("ガイド等団体合同説明会及びインタープリター※養成事業の実施", "学生向け炭鉄港インターンシップの実施", "道外の鉄道ファン等新たな層に向けた誘客イベント等の実施");
		assertThat(first.actions().get(2).leads()).containsExactly("炭鉄港推進協議会", "振興局");
		// seed 003, project 1: R6年度の主な取組
		assertThat(sorachiDraft(2023).sections().get(0).actions()).extracting(ReportDocument.ActionLine::text)
			.containsExactly("インバウンド向けサイクルツアーの整備", "日本遺産認定5周年フォーラム", "食関連イベントでの炭鉄港めしブースの開設");
	}

	@Test
	void activitiesAndActions_appearInTheirSectionsInOrder() {
		// R4 (2022): a year the seeds print no activities for, so the sample data has
		// none
		Map<String, Long> nodes = plans.tree(sorachi())
			.orElseThrow()
			.inReadingOrder()
			.stream()
			.collect(Collectors.toMap(PlanNode::code, PlanNode::id));
		if (jdbc.sql("SELECT COUNT(*) FROM activity WHERE title LIKE 'テスト活動%'").query(Integer.class).single() == 0) {
			long second = activity(nodes.get("1"), 2, "テスト活動B", "振興局\n市町", "岩見沢市");
			long first = activity(nodes.get("1"), 1, "テスト活動A", "炭鉄港推進協議会", null);
			activity(nodes.get("3"), 1, "テスト活動C", "振興局", "札幌市");
			assertThat(first).isNotEqualTo(second);
			action(nodes.get("2"), 2, "テスト取組Y", "市町");
			action(nodes.get("2"), 1, "テスト取組X", "振興局");
			action(nodes.get("4"), 1, "テスト取組Z", "振興局");
		}
		ReportDocument document = sorachiDraft(2022);
		Map<String, Section> sections = document.sections().stream().collect(Collectors.toMap(Section::code, s -> s));
		assertThat(sections.get("1").activities()).extracting(ReportDocument.ActivityLine::title)
			.containsExactly("テスト活動A", "テスト活動B");
		ReportDocument.ActivityLine b = sections.get("1").activities().get(1);
		assertThat(b.leads()).containsExactly("振興局", "市町");
		assertThat(b.place()).isEqualTo("岩見沢市");
		assertThat(b.summary()).isEqualTo("概要");
		assertThat(b.participants()).isEqualTo("約10名参加");
		assertThat(b.dates()).as("no date given").isNull();
		assertThat(b.firstDay()).isNull();
		assertThat(sections.get("3").activities()).extracting(ReportDocument.ActivityLine::title)
			.containsExactly("テスト活動C");
		assertThat(sections.get("2").activities()).isEmpty();
		assertThat(sections.get("4").activities()).isEmpty();
		assertThat(sections.get("2").actions()).extracting(ReportDocument.ActionLine::text)
			.containsExactly("テスト取組X", "テスト取組Y");
		assertThat(sections.get("2").actions().get(0).leads()).containsExactly("振興局");
		assertThat(sections.get("4").actions()).extracting(ReportDocument.ActionLine::text).containsExactly("テスト取組Z");
		assertThat(sections.get("1").actions()).isEmpty();
		assertThat(document.sections()).allMatch(s -> s.actionsYear() == 2023 && s.actionsYearLabel().equals("R5"));
		assertThat(sorachiDraft(2021).sections()).as("another year's activities stay out")
			.allMatch(s -> s.activities().stream().noneMatch(a -> a.title().startsWith("テスト活動")));
	}

	@Test
	void theDraft_readsTheDataInABoundedNumberOfStatements() {
		long plan = sorachi();
		drafting.draft(Viewer.PUBLIC, plan, FiscalYear.of(2024));
		StatementCounter.reset();
		drafting.draft(Viewer.PUBLIC, plan, FiscalYear.of(2024));
		long sorachi = StatementCounter.count();
		long iwamizawa = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		drafting.draft(Viewer.PUBLIC, iwamizawa, FiscalYear.of(2024));
		StatementCounter.reset();
		drafting.draft(Viewer.PUBLIC, iwamizawa, FiscalYear.of(2024));
		long other = StatementCounter.count();
		// the KPI list and the report's own reads, then a few for each part of the PDCA
		// year (sheets, opinions and effect rows, logic models, donations): none per KPI,
		// node or program
		assertThat(sorachi).as("statements for a draft").isPositive().isLessThanOrEqualTo(60);
		assertThat(other).as("not one per KPI or per node").isEqualTo(sorachi);
	}

	@Test
	void anOutsidersDraft_holdsNoUnpublishedValue() {
		Viewer planner = accounts.account("drafting-planner", "iwamizawa", Role.PLANNER);
		Viewer foreign = accounts.account("drafting-foreign-planner", "hokkaido", Role.PLANNER);
		long plan = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		long kpi = kpis.findByKey("iwamizawa-shipments-per-employee").orElseThrow().id();
		if (collections.find(plan, FiscalYear.of(2027)).isEmpty()) {
			collecting.open(planner, plan, "2027", LocalDate.now().plusDays(30).toString());
			RecordingOutcome outcome = recording.record(
					new ValueEntry(kpi, "2027", NEEDLE, "CONFIRMED", null, null,
							kpis.findValue(kpi, FiscalYear.of(2027)).map(YearlyValue::version).orElse(0)),
					"drafting-author");
			assertThat(outcome).isInstanceOf(RecordingOutcome.Recorded.class);
		}
		for (Viewer outsider : List.of(Viewer.PUBLIC, foreign)) {
			ReportDocument document = drafting.draft(outsider, plan, FiscalYear.of(2027));
			assertThat(document.kpiList().rows()).filteredOn(r -> r.kpiId() == kpi).isNotEmpty().allSatisfy(r -> {
				assertThat(r.actual()).isNull();
				assertThat(r.values()).allMatch(f -> f == null || f.year() != 2027);
			});
			assertThat(document.toString()).doesNotContain(NEEDLE).doesNotContain("97,531,864");
		}
		ReportDocument own = drafting.draft(planner, plan, FiscalYear.of(2027));
		assertThat(own.kpiList().rows()).filteredOn(r -> r.kpiId() == kpi)
			.allSatisfy(r -> assertThat(r.actual().value()).isEqualByComparingTo(NEEDLE));
	}

	/**
	 * An activity without dates: its periods are the activity module's (and the sample
	 * data's, whose dates the R6 test checks).
	 */
	long activity(long node, int position, String title, String leads, String place) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				INSERT INTO activity (node_id, fiscal_year, position, title, leads, place, summary, participants,
				  created_at, created_by, updated_at, updated_by)
				VALUES (:node, 2022, :position, :title, :leads, :place, '概要', '約10名参加', :now, 'test', :now, 'test')""")
			.param("node", node)
			.param("position", position)
			.param("title", title)
			.param("leads", leads)
			.param("place", place)
			.param("now", now)
			.update();
		return jdbc.sql("SELECT id FROM activity WHERE title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
	}

	void action(long node, int position, String text, String leads) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				INSERT INTO next_action (node_id, fiscal_year, position, text, leads, created_at, created_by,
				  updated_at, updated_by)
				VALUES (:node, 2023, :position, :text, :leads, :now, 'test', :now, 'test')""")
			.param("node", node)
			.param("position", position)
			.param("text", text)
			.param("leads", leads)
			.param("now", now)
			.update();
	}

	static Map<String, KpiRow> unique(ReportDocument document) {
		return document.kpiList()
			.rows()
			.stream()
			.filter(r -> !r.relisted())
			.collect(Collectors.toMap(KpiRow::kpiKey, r -> r));
	}

	/** A drafted row as the seeds' project tables print it, normalised. */
	static String printed(KpiRow row) {
		String actual = row.actual() == null ? "－"
				: (row.actual().status() == Status.PENDING ? "集計中" : row.actual().text()) + "("
						+ row.actual().yearLabel() + ")";
		return normalised(row.name() + (row.relisted() ? "（再掲）" : "") + " | " + withYear(row.baseline()) + " | "
				+ actual + " | " + withYear(row.target()) + " | " + row.progressText());
	}

	static String withYear(ReportDocument.Figure figure) {
		return figure.text() + "(" + figure.yearLabel() + ")";
	}

	/** A quoted seed row, read into the same shape. */
	static String seedRow(String line) {
		String compact = normalised(line).replace(" | ", "");
		Matcher m = ROW.matcher(compact);
		assertThat(m.matches()).as("a seed row: %s", line).isTrue();
		return m.group(1) + " | " + m.group(2) + " | " + m.group(3) + " | " + m.group(4) + " | " + m.group(5);
	}

	/**
	 * The same text whatever the typesetting: full-width forms, ㏊ and spaces as the
	 * seeds' tables vary them.
	 */
	static String normalised(String text) {
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('—', '-');
		StringBuilder out = new StringBuilder();
		for (String part : nfkc.split(" \\| ", -1)) {
			if (out.length() > 0) {
				out.append(" | ");
			}
			out.append(part.replaceAll("\\s+", ""));
		}
		return out.toString();
	}

	/** Counts statements on the test's thread ({@link StatementCounter}). */
	static final class CountingStatements implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			StatementCounter.initializer().initialize(context);
		}

	}

}
