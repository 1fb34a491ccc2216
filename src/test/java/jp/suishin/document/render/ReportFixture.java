package jp.suishin.document.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.document.ReportDocument;
import jp.suishin.document.ReportDocument.ActionLine;
import jp.suishin.document.ReportDocument.ActivityLine;
import jp.suishin.document.ReportDocument.Cover;
import jp.suishin.document.ReportDocument.Distribution;
import jp.suishin.document.ReportDocument.EditionMark;
import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.document.ReportDocument.KpiRow;
import jp.suishin.document.ReportDocument.KpiTable;
import jp.suishin.document.ReportDocument.ProgramLine;
import jp.suishin.document.ReportDocument.Section;
import jp.suishin.document.ReportDocument.Share;
import jp.suishin.document.ReportDocument.Status;
import jp.suishin.document.ReportDocument.Text;

/**
 * Report documents as the drafting builds them, for the renderers' tests and the bench:
 * the 令和7年度 edition of the Sorachi report (values to R6, texts and figures quoted from
 * seed 004, shortened), and a plan of any number of KPIs made by repeating its rows.
 */
public final class ReportFixture {

	/** Planner text that must be printed as text, never run. */
	public static final String SCRIPT = "<script>alert('x')</script>";

	static final List<Integer> COLUMNS = List.of(2021, 2022, 2023, 2024);

	static final List<String> COLUMN_LABELS = List.of("R3", "R4", "R5", "R6");

	private ReportFixture() {
	}

	/** The 令和7年度 edition (data year R6, four projects, seven unique KPIs). */
	public static ReportDocument sorachi() {
		return sorachi(1);
	}

	/**
	 * The same document with its KPI rows repeated {@code times} (numbered), so that a
	 * plan of {@code 7 × times} unique KPIs is printed: {@code sorachi(29)} has 203.
	 */
	public static ReportDocument sorachi(int times) {
		List<KpiRow> tankoko = new ArrayList<>();
		List<KpiRow> industry = new ArrayList<>();
		List<KpiRow> appeal = new ArrayList<>();
		List<KpiRow> people = new ArrayList<>();
		long id = 1;
		for (int n = 1; n <= times; n++) {
			String suffix = times == 1 ? "" : "（" + n + "）";
			tankoko.add(row("tankoko-visitors" + n, id++, 1, "日本遺産「炭鉄港」を活用した交流人口拡大プロジェクト",
					"炭鉄港推進協議会構成市町の観光入込客数" + suffix, false, "千人", figure("7250", "7,250千人", 2020, "R2"),
					values(figure("6790", "6,790千人", 2021, "R3"), figure("7010", "7,010千人", 2022, "R4"),
							figure("7302", "7,302千人", 2023, "R5"), pending(2024, "R6", 7)),
					figure("7468", "7,468千人", 2025, "R7"), null, "－％", "pending", "集計中"));
			industry.add(row("farmland" + n, id++, 2, "未来技術の導入などによる産業振興・担い手確保プロジェクト", "空知の耕作面積の維持" + suffix, false,
					"ha", figure("113600", "113,600ha", 2020, "R2"),
					values(figure("113600", "113,600ha", 2021, "R3"), figure("113500", "113,500ha", 2022, "R4"),
							figure("113500", "113,500ha", 2023, "R5"), figure("113500", "113,500ha", 2024, "R6")),
					figure("113600", "113,600ha", 2025, "R7"), new BigDecimal("99.9"), "99.9％", "80-99", "80~99％"));
			industry.add(row("graduates" + n, id++, 2, "未来技術の導入などによる産業振興・担い手確保プロジェクト", "新規高卒者管内企業就職率" + suffix, false,
					"％", figure("60.9", "60.9％", 2020, "R2"),
					values(figure("58.1", "58.1％", 2021, "R3"), figure("60.3", "60.3％", 2022, "R4"),
							figure("52.0", "52.0％", 2023, "R5"), figure("53.0", "53.0％", 2024, "R6")),
					figure("63.9", "63.9％", 2024, "R6"), new BigDecimal("82.9"), "82.9％", "80-99", "80~99％"));
			appeal.add(row("followers" + n, id++, 3, "地域の歴史や資源を活かした空知の魅力発信プロジェクト", "「そらち・デ・ビュー」公式SNSのフォロワー数" + suffix,
					false, "人", figure("6522", "6,522人", 2020, "R2"),
					values(figure("12051", "12,051人", 2021, "R3"), figure("16420", "16,420人", 2022, "R4"),
							figure("20120", "20,120人", 2023, "R5"), figure("28672", "28,672人", 2024, "R6")),
					figure("14500", "14,500人", 2025, "R7"), new BigDecimal("197.7"), "197.7％", "100", "100％以上"));
			appeal.add(row("sorachi-visitors" + n, id++, 3, "地域の歴史や資源を活かした空知の魅力発信プロジェクト", "管内への観光入込客数" + suffix, false,
					"万人", figure("1232", "1,232万人", 2019, "R1"),
					values(figure("790", "790万人", 2021, "R3"), figure("1037", "1,037万人", 2022, "R4"),
							figure("1181", "1,181万人", 2023, "R5"), pending(2024, "R6", 7)),
					figure("1278", "1,278万人", 2024, "R6"), null, "－％", "pending", "集計中"));
			people.add(row("consultations" + n, id++, 4, "空知と多様な形で関わりを持つ人材創出プロジェクト", "移住相談件数" + suffix, false, "件",
					figure("574", "574件", 2020, "R2"),
					values(figure("601", "601件", 2021, "R3"), figure("633", "633件", 2022, "R4"),
							figure("650", "650件", 2023, "R5"), pending(2024, "R6", 8)),
					figure("687", "687件", 2025, "R7"), null, "－％", "pending", "集計中"));
			people.add(row("nurseries" + n, id++, 4, "空知と多様な形で関わりを持つ人材創出プロジェクト", "認定こども園設置数" + suffix, false, "カ所",
					figure("20", "20カ所", 2020, "R2"),
					values(figure("20", "20カ所", 2021, "R3"), figure("20", "20カ所", 2022, "R4"),
							figure("20", "20カ所", 2023, "R5"), figure("20", "20カ所", 2024, "R6")),
					figure("22", "22カ所", 2025, "R7"), new BigDecimal("90.9"), "90.9％", "80-99", "80~99％"));
		}
		// the tourism KPI of project 1 is listed again (再掲) under project 3
		KpiRow first = tankoko.get(0);
		KpiRow relisted = new KpiRow(first.kpiKey(), first.kpiId(), 3, "地域の歴史や資源を活かした空知の魅力発信プロジェクト", first.name(), true,
				first.unit(), first.direction(), first.baseline(), first.values(), first.actual(), first.target(),
				first.progressRate(), first.progressText(), first.gradeCode(), first.gradeLabel());
		List<KpiRow> appealListed = new ArrayList<>(appeal);
		appealListed.add(relisted);

		List<Section> sections = List.of(
				new Section(1, "①", "日本遺産「炭鉄港」を活用した交流人口拡大プロジェクト",
						"空知の「石炭」、室蘭の「鉄鋼」、小樽の「港湾」、そしてこれらを繋ぐ「鉄道」を舞台に繰り広げられた北海道近代化ストーリーである「炭鉄港」が"
								+ "2019（令和元）年5月に日本遺産へ認定され、その活用を通じた地域活性化に期待が寄せられる中、地域特有の資源を活かした取組を推進し、交流人口の拡大を図る。",
						"道央広域連携地域（空知地域・石狩地域・後志地域・胆振地域）",
						List.of(activity("炭鉄港アートプロジェクト2024の開催", List.of("振興局"), "令和6年9月29日～10月14日",
								LocalDate.of(2024, 9, 29), "JR岩見沢駅 自由通路", "認定５周年企画として、炭鉄港をテーマにしたアートプロジェクトを初開催。",
								"約34,200名来場"),
								activity("炭鉄港プレミアムガイドツアーの実施", List.of("炭鉄港推進協議会"), "令和6年10月11日～11月16日",
										LocalDate.of(2024, 10, 11), "芦別市、赤平市、江別市、美唄市、三笠市",
										"普段立ち入ることが出来ない施設などを特別に周遊する満足度の高いバスツアーを実施。", "約70名参加"),
								activity("炭鉄港めしフェスタの開催", List.of("振興局"), "①令和6年9月14日～15日\n②令和6年9月26日～29日",
										LocalDate.of(2024, 9, 14), "①岩見沢駅東市民広場公園\n②札幌大通公園",
										"「いわみざわ情熱フェスティバル」及び「さっぽろオータムフェスト」において炭鉄港めしブースを開設。", null)),
						tankoko, 2025, "R7",
						List.of(new ActionLine("道外の鉄道ファン等新たな層に向けた誘客イベント等の実施", List.of("炭鉄港推進協議会", "振興局")),
								new ActionLine("学生向け炭鉄港インターンシップの実施", List.of("炭鉄港推進協議会")))),
				new Section(2, "②", "未来技術の導入などによる産業振興・担い手確保プロジェクト",
						"管内産業の持続的な発展に向けて、基幹産業である農業分野などで、ICT等の先進技術の導入を積極的に進め、生産性向上や担い手の育成・確保を図る。", "空知地域",
						List.of(activity("「空知農業を考える会」キックオフミーティングの開催", List.of("振興局"), "令和６年10月21日",
								LocalDate.of(2024, 10, 21), "空知総合振興局",
								"空知農業の持続的発展に向け、「土づくり」「人づくり」に焦点を当てた取組を展開する「空知農業を考える会」を立ち上げた。 " + SCRIPT, null),
								activity("空知ワインアカデミーの開催", List.of("振興局"), "①令和6年8月20日 ②令和7年1月23日 ③3月13日",
										LocalDate.of(2024, 8, 20), "①芦別市 ②岩見沢市 ③オンライン", "ぶどう栽培やワイン醸造技術向上を図る。",
										"延べ120名参加")),
						industry, 2025, "R7", List.of(new ActionLine("空知ＧＸプロジェクト視察会の開催", List.of("振興局")))),
				new Section(3, "③", "地域の歴史や資源を活かした空知の魅力発信プロジェクト", "空知ならではの地域資源を引き続き活用して、魅力の積極的な発信や食と観光の振興を図る。", "空知地域",
						List.of(activity("『「そらち食の応援アンバサダー」と行く！冬のそらちバスツアー』の開催", List.of("振興局", "市町"), "令和6年7月16日～17日",
								LocalDate.of(2024, 7, 16), "エスコンフィールドHOKKAIDO 1F FIELD LEVEL 地域ＰＲブース",
								"空知地域おこし協力隊ネットワークと連携した空知のＰＲを実施。", "約1,500名来場")),
						appealListed, 2025, "R7", List.of(new ActionLine("空知の食と観光の魅力発信", List.of("振興局", "市町")))),
				new Section(4, "④", "空知と多様な形で関わりを持つ人材創出プロジェクト", "関係人口の創出・拡大と地域への定着を図る。", null,
						List.of(activity("地域おこし協力隊の交流会の開催", List.of("振興局"), "R5.12月～", LocalDate.of(2023, 12, 1),
								"岩見沢市", "市町村の枠を超えた隊員同士の交流・連携の機会を設けた。", "隊員30名")),
						people, 2025, "R7", List.of()));

		List<KpiRow> all = new ArrayList<>();
		all.addAll(tankoko);
		all.addAll(industry);
		all.addAll(appealListed);
		all.addAll(people);
		int unique = 7 * times;
		Distribution distribution = new Distribution(unique, 4 * times, 3 * times, new Text(
				"７件の評価指標（再掲を除く）のうち、現在集計中（３件）を除いた４件の進捗率が80％を超えており、このうち１件は既に目標値を達成している。",
				"Of the 7 KPIs (relisted ones counted once), the 4 not pending progress above 80%, and 1 of them has already reached its target."),
				List.of(new Share("100", "100％以上", times, 14, 2), new Share("80-99", "80~99％", 3 * times, 43, 4),
						new Share("pending", "集計中", 3 * times, 43, 4)));
		Cover cover = new Cover(7, "sorachi-policy", "道央広域連携地域政策展開方針（空知地域）", 3, "北海道空知総合振興局", null, 2024, "R6",
				"道央広域連携地域政策展開方針の推進状況(R6)について", "プロジェクト",
				new EditionMark(12, 1, "令和7年度版", LocalDate.of(2025, 9, 30), null), LocalDate.of(2025, 9, 1));
		Text analysis = new Text("・ 空知地域の耕作面積は、令和４年度以降、現状を維持している状況である。\n"
				+ "・ 「そらち・デ・ビュー」公式SNSのフォロワー数は、令和２年度の基準値と比較して約４倍に増加している。\n\n" + "・ 計画担当のメモ " + SCRIPT + " & 以上", null);
		List<ProgramLine> programs = List.of(
				new ProgramLine("日本遺産「炭鉄港」広域連携加速化事業",
						"日本遺産に認定された「炭鉄港」に対する理解や関心を高め、空知・石狩・後志・胆振の４地域が連携し、人材育成・普及啓発・情報発信などの取組を総合的に推進する。", "振興局",
						List.of("①"), 2025),
				new ProgramLine("北海道空知魅力発信事業", "「空知」ならではの観光・物産やライフスタイル、生活環境などに関する情報を総合的に発信する。", "振興局", List.of("③"),
						2025),
				new ProgramLine("空知の農業・農村未来づくり事業", "「土づくり」と「人づくり」を柱に、スマート農業の普及拡大や空知農産物のブランド化を進める。", "振興局",
						List.of("②", "③"), 2025));
		return new ReportDocument(ReportDocument.FORMAT_VERSION, cover, sections,
				new KpiTable(COLUMNS, COLUMN_LABELS, all), distribution, analysis, programs, null);
	}

	/** The same document as a draft (no edition). */
	public static ReportDocument draft() {
		ReportDocument edition = sorachi();
		return new ReportDocument(edition.formatVersion(), edition.cover().withEdition(null), edition.sections(),
				edition.kpiList(), edition.distribution(), edition.analysis(), edition.programs(), edition.review());
	}

	private static ActivityLine activity(String title, List<String> leads, String dates, LocalDate firstDay,
			String place, String summary, String participants) {
		return new ActivityLine(title, leads, dates, firstDay, place, summary, participants, List.of());
	}

	private static KpiRow row(String key, long id, long nodeId, String nodeTitle, String name, boolean relisted,
			String unit, Figure baseline, List<Figure> values, Figure target, BigDecimal rate, String rateText,
			String grade, String gradeLabel) {
		return new KpiRow(key, id, nodeId, nodeTitle, name, relisted, unit, "INCREASE", baseline, values,
				values.get(values.size() - 1), target, rate, rateText, grade, gradeLabel);
	}

	private static List<Figure> values(Figure... figures) {
		return List.of(figures);
	}

	private static Figure figure(String value, String text, int year, String label) {
		return new Figure(new BigDecimal(value), text, Status.CONFIRMED, year, label, null);
	}

	private static Figure pending(int year, String label, int month) {
		return new Figure(null, "集計中（" + month + "月頃）", Status.PENDING, year, label, month);
	}

}
