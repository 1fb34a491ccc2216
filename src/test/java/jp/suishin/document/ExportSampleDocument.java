package jp.suishin.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * A report document built by hand for the renderers' tests (the exports'): shaped like
 * the Sorachi report of seed 004 (values to R6, published as 令和7年度版), with figures quoted
 * from it — 7,250千人（R2）→ 集計中（7月頃）, 113,600ha → 113,500ha (99.9％), 60.9％ → 53.0％ (82.9％) —
 * and cases the seeds do not have: a negative value (転出超過数 ▲312人), a preliminary value
 * with decimals in 万人, a KPI name a spreadsheet would take for a formula, a re-listed
 * row.
 */
public final class ExportSampleDocument {

	public static final String FORMULA_NAME = "=HYPERLINK(\"http://example.com\",\"x\")";

	public static final EditionMark EDITION = new EditionMark(42, 1, "令和7年度版", LocalDate.of(2025, 9, 30), null);

	private ExportSampleDocument() {
	}

	/** The document as the 令和7年度版 edition publishes it, the owner without a code. */
	public static ReportDocument edition() {
		return draft(null).asEdition(EDITION);
	}

	/** The same, published by an owner with a 全国地方公共団体コード. */
	public static ReportDocument edition(String ownerCode) {
		return draft(ownerCode).asEdition(EDITION);
	}

	/** The document before it is published (no edition mark). */
	public static ReportDocument draft(String ownerCode) {
		List<Integer> years = List.of(2020, 2021, 2022, 2023, 2024);
		List<String> labels = List.of("R2", "R3", "R4", "R5", "R6");
		KpiRow tourists = new KpiRow("kpi-tantekko-visitors", 11, 101, "日本遺産「炭鉄港」を活用した交流人口拡大プロジェクト",
				"炭鉄港推進協議会構成市町の観光入込客数", false, "千人", "increase", figure("7250", "7,250千人", 2020),
				values(figure("7250", "7,250千人", 2020), null, figure("6890", "6,890千人", 2022),
						figure("7101", "7,101千人", 2023), pending(2024, 7)),
				pending(2024, 7), figure("7468", "7,468千人", 2025), null, "－％", "pending", "集計中");
		KpiRow farmland = new KpiRow("kpi-farmland", 12, 102, "未来技術の導入などによる産業振興・担い手確保プロジェクト", "空知の耕作面積の維持", false, "ha",
				"maintain", figure("113600", "113,600ha", 2020),
				values(figure("113600", "113,600ha", 2020), figure("113600", "113,600ha", 2021),
						figure("113500", "113,500ha", 2022), figure("113500", "113,500ha", 2023),
						figure("113500", "113,500ha", 2024)),
				figure("113500", "113,500ha", 2024), figure("113600", "113,600ha", 2025), new BigDecimal("99.9"),
				"99.9％", "b80", "80~99％");
		KpiRow jobs = new KpiRow("kpi-graduates", 13, 102, "未来技術の導入などによる産業振興・担い手確保プロジェクト", "新規高卒者管内企業就職率", false, "％",
				"increase", figure("60.9", "60.9％", 2020),
				values(figure("60.9", "60.9％", 2020), null, null, figure("60.3", "60.3％", 2023),
						figure("53.0", "53.0％", 2024)),
				figure("53.0", "53.0％", 2024), figure("63.9", "63.9％", 2024), new BigDecimal("82.9"), "82.9％", "b80",
				"80~99％");
		KpiRow outflow = new KpiRow("kpi-outflow", 14, 103, "空知と多様な形で関わりを持つ人材創出プロジェクト", "転出超過数", false, "人", "increase",
				figure("-312", "▲312人", 2020),
				values(figure("-312", "▲312人", 2020), null, null, figure("-290", "▲290人", 2023),
						figure("-275", "▲275人", 2024)),
				figure("-275", "▲275人", 2024), figure("-200", "▲200人", 2025), null, "－％", "none", "－");
		KpiRow visitors = new KpiRow("kpi-visitors", 15, 103, "空知と多様な形で関わりを持つ人材創出プロジェクト", FORMULA_NAME, false, "万人",
				"increase", new Figure(new BigDecimal("1232"), "1,232万人", Status.CONFIRMED, 0, null, null),
				values(null, null, null, figure("1159.6", "1,159.6万人", 2023),
						new Figure(new BigDecimal("1274.46"), "1,274.46万人（速報）", Status.PRELIMINARY, 2024, "R6", null)),
				new Figure(new BigDecimal("1274.46"), "1,274.46万人（速報）", Status.PRELIMINARY, 2024, "R6", null),
				figure("1278", "1,278万人", 2024), new BigDecimal("99.7"), "99.7％", "b80", "80~99％");
		KpiRow farmlandAgain = new KpiRow("kpi-farmland", 12, 103, "空知と多様な形で関わりを持つ人材創出プロジェクト", "空知の耕作面積の維持", true,
				farmland.unit(), farmland.direction(), farmland.baseline(), farmland.values(), farmland.actual(),
				farmland.target(), farmland.progressRate(), farmland.progressText(), farmland.gradeCode(),
				farmland.gradeLabel());
		List<KpiRow> rows = List.of(tourists, farmland, jobs, outflow, visitors, farmlandAgain);
		List<Section> sections = List.of(section(101, "①", tourists.nodeTitle(), List.of(tourists)),
				section(102, "②", farmland.nodeTitle(), List.of(farmland, jobs)),
				section(103, "④", outflow.nodeTitle(), List.of(outflow, visitors, farmlandAgain)));
		Distribution distribution = new Distribution(5, 4, 1,
				new Text("５件の評価指標（再掲を除く）のうち、１件が集計中です。", "Of 5 KPIs (re-listings excluded), 1 is pending."),
				List.of(new Share("b80", "80~99％", 3, 60, 6), new Share("none", "－", 1, 20, 2),
						new Share("pending", "集計中", 1, 20, 2)));
		Cover cover = new Cover(7, "sorachi-policy", "道央広域連携地域政策展開方針（空知地域）", 3, "北海道空知総合振興局", ownerCode, 2024, "R6",
				"道央広域連携地域政策展開方針の推進状況(R6)について", "プロジェクト", null, LocalDate.of(2025, 9, 1));
		return new ReportDocument(ReportDocument.FORMAT_VERSION, cover, sections, new KpiTable(years, labels, rows),
				distribution, new Text("+ 観光入込客数は集計中であり、引き続き推移を注視する。", "+ Visitors are pending."),
				List.of(new ProgramLine("炭鉄港めしフェスタ", "炭鉄港めしブースを開設", "振興局", List.of("①"), 2025)), null);
	}

	private static Section section(long nodeId, String code, String title, List<KpiRow> kpis) {
		return new Section(nodeId, code, title, "目的の文", "空知地域",
				List.of(new ActivityLine("炭鉄港アートプロジェクト2024の開催", List.of("振興局"), "令和6年9月29日～10月14日",
						LocalDate.of(2024, 9, 29), "JR岩見沢駅 自由通路", "音のアート作品を制作・展示", "約34,200名来場", List.of())),
				kpis, 2025, "R7", List.of(new ActionLine("炭鉄港の魅力発信", List.of("振興局"))));
	}

	static Figure figure(String value, String text, int year) {
		return new Figure(new BigDecimal(value), text, Status.CONFIRMED, year, "R" + (year - 2018), null);
	}

	static Figure pending(int year, int month) {
		return new Figure(null, "集計中（" + month + "月頃）", Status.PENDING, year, "R" + (year - 2018), month);
	}

	private static List<Figure> values(Figure... figures) {
		List<Figure> values = new ArrayList<>();
		for (Figure figure : figures) {
			values.add(figure);
		}
		return values;
	}

}
