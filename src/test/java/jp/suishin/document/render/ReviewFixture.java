package jp.suishin.document.render;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.document.EvaluationPackage;
import jp.suishin.document.ReportDocument;
import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.document.ReportDocument.Status;
import jp.suishin.document.YearReview;
import jp.suishin.document.YearReview.Cost;
import jp.suishin.document.YearReview.Decision;
import jp.suishin.document.YearReview.DonationLine;
import jp.suishin.document.YearReview.Donations;
import jp.suishin.document.YearReview.EffectRow;
import jp.suishin.document.YearReview.Indicator;
import jp.suishin.document.YearReview.LogicElement;
import jp.suishin.document.YearReview.LogicModel;
import jp.suishin.document.YearReview.Money;
import jp.suishin.document.YearReview.Opinion;
import jp.suishin.document.YearReview.ProgramReview;
import jp.suishin.document.YearReview.Stage;
import jp.suishin.document.YearReview.YearTotal;

/**
 * A PDCA year as the evaluation, verification, logic-model and donation modules give it
 * to the documents, made up for the renderers' tests (test data, not figures of a seed):
 * two programs of the R6 report — one evaluated through all four stages and decided, one
 * with its first stage only —, the effect-verification form, opinions, a logic model and
 * the donations against a guide of 530,000千円.
 */
public final class ReviewFixture {

	/** A planner's text that must be printed as text. */
	static final String SCRIPT = ReportFixture.SCRIPT;

	private ReviewFixture() {
	}

	static Money yen(String value, String text) {
		return new Money(new BigDecimal(value), text);
	}

	static Figure figure(String value, String text) {
		return new Figure(new BigDecimal(value), text, Status.CONFIRMED, 2024, "R6", null);
	}

	/**
	 * The cost of the decided program, in 千円: 事業費 12,000 = 一般財源 6,000 + 国庫 4,000 + 寄附金
	 * 1,500 + その他 500; 人件費 = 1.5人工 × 8,000 = 12,000; フルコスト = 12,000 + 12,000 = 24,000;
	 * per activity (240件): 24,000 ÷ 240 = 100千円.
	 */
	static Cost decidedCost() {
		return new Cost("千円", yen("12000", "12,000千円"), yen("6000", "6,000千円"), yen("4000", "4,000千円"),
				yen("1500", "1,500千円"), yen("500", "500千円"), new BigDecimal("1.50"), yen("8000", "8,000千円"),
				yen("12000", "12,000千円"), yen("24000", "24,000千円"), yen("100", "100千円"), "ツアー1件あたり");
	}

	public static YearReview review() {
		ProgramReview decided = new ProgramReview(101, 1, "日本遺産「炭鉄港」を活用した交流人口拡大プロジェクト", "炭鉄港ガイドツアー事業", "振興局", 2024,
				"R6", "炭鉄港の認知度を高め交流人口を増やす", "道内外の観光客", "ガイド付きツアーの実施", "来訪者が炭鉄港の構成文化財を巡る",
				List.of(new Indicator("activity", "tours", "ツアー実施件数", "件", figure("200", "200件"),
						figure("240", "240件")),
						new Indicator("outcome", "visitors", "構成市町の観光入込客数", "千人", figure("7468", "7,468千人"),
								figure("7302", "7,302千人"))),
				decidedCost(),
				List.of(stage(1, "担当評価", 4, 3, 3, "improve", "改善して継続", "ガイドの確保が課題", "参加者の満足度は高い", "空知 太郎"),
						stage(2, "課長評価", 4, 3, 2, "improve", "改善して継続", "費用対効果の改善", "委託先の見直しを検討 " + SCRIPT, "空知 次郎"),
						stage(3, "部長評価", 4, 3, 3, "continue", "継続", "重点事業として継続", "特になし", "空知 三郎"),
						stage(4, "外部有識者評価", 4, 4, 3, "expand", "拡充", "道外客の誘致を強化すべき", "鉄道ファン向け企画を評価する", "有識者 花子")),
				true,
				new Decision("expand", "拡充", "道外からの誘客を強化する", "R7予算で2,000千円増額", "企画担当", LocalDate.of(2025, 11, 20)));
		ProgramReview inProgress = new ProgramReview(102, 3, "地域の歴史や資源を活かした空知の魅力発信プロジェクト", "空知魅力発信事業", "振興局", 2024,
				"R6", "空知の魅力を発信する", null, "SNSでの発信", null,
				List.of(new Indicator("activity", "posts", "SNS投稿数", "件", null, figure("310", "310件"))),
				new Cost("千円", yen("3000", "3,000千円"), yen("3000", "3,000千円"), yen("0", "0千円"), yen("0", "0千円"),
						yen("0", "0千円"), new BigDecimal("0.5"), yen("8000", "8,000千円"), yen("4000", "4,000千円"),
						yen("7000", "7,000千円"), null, null),
				List.of(stage(1, "担当評価", 3, 3, 3, "continue", "継続", "フォロワーが増加", null, "空知 四郎")), false, null);
		List<EffectRow> effects = List.of(
				new EffectRow(1, "tankoko-visitors1", "炭鉄港推進協議会構成市町の観光入込客数", "千人", figure("7468", "7,468千人"),
						figure("7302", "7,302千人"), "considerable", "相当程度効果があった", "目標に近づいている", "develop", "事業の発展",
						"道外客の誘致を強化する"),
				new EffectRow(2, "nurseries1", "認定こども園設置数", "カ所", figure("22", "22カ所"), figure("20", "20カ所"), null,
						null, null, null, null, null));
		List<Opinion> opinions = List.of(new Opinion(1, "program", "炭鉄港ガイドツアー事業", 2024, "R6",
				LocalDate.of(2025, 10, 15), "有識者 花子", "道外の鉄道ファンへの発信を強めてほしい", "鉄道会社と連携したツアーを検討する", null, null, null));
		LogicModel model = new LogicModel(101, "炭鉄港ガイドツアー事業",
				List.of(new LogicElement("input", "事業費・ガイド人材", null, null, null),
						new LogicElement("activity", "ガイド付きツアーの実施", "ツアー実施件数", "件", "increase"),
						new LogicElement("output", "ツアー参加者", null, null, null),
						new LogicElement("short-term", "炭鉄港の認知度向上", null, null, null),
						new LogicElement("long-term", "交流人口の拡大", "構成市町の観光入込客数", "千人", "increase")));
		// the guide 530,000千円 over FY2020–2027; received 3,000 (R5) + 3,500 (R6) =
		// 6,500; 6,500 ÷ 530,000 = 1.226…% → 1.2%
		Donations donations = new Donations("千円", yen("530000", "530,000千円"), 2020, 2027, "R2～R9",
				List.of(new YearTotal(2023, "R5", yen("3000", "3,000千円"), yen("3000", "3,000千円")),
						new YearTotal(2024, "R6", yen("3500", "3,500千円"), yen("6500", "6,500千円"))),
				yen("6500", "6,500千円"), new BigDecimal("1.2"), "1.2％",
				List.of(new DonationLine("株式会社空知建設（例）", LocalDate.of(2024, 8, 1), yen("2000", "2,000千円"), "炭鉄港ガイドツアー事業",
						true), new DonationLine(null, LocalDate.of(2024, 12, 10), yen("1500", "1,500千円"), null, true)),
				true);
		return new YearReview(List.of(decided, inProgress), effects, opinions, List.of(model), donations);
	}

	/** Last year's opinion with its response and follow-up. */
	public static List<Opinion> lastYearsOpinions() {
		return List.of(new Opinion(7, "kpi", "管内への観光入込客数", 2023, "R5", LocalDate.of(2024, 10, 10), "有識者 一郎",
				"冬季の誘客策を検討すべき", "冬のバスツアーを実施する", "in-progress", "対応中", "令和6年度に冬のバスツアーを試行した"));
	}

	static Stage stage(int position, String name, int necessity, int effectiveness, int efficiency, String code,
			String label, String reason, String comment, String author) {
		return new Stage(position, name, necessity, effectiveness, efficiency, code, label, reason, comment, author,
				Instant.parse("2025-10-0" + position + "T01:30:00Z"));
	}

	/** The Sorachi R6 report (its 令和7年度 edition) with this review. */
	public static ReportDocument report() {
		ReportDocument plain = ReportFixture.sorachi();
		return new ReportDocument(plain.formatVersion(), plain.cover(), plain.sections(), plain.kpiList(),
				plain.distribution(), plain.analysis(), plain.programs(), review());
	}

	/** The evaluation package of the Sorachi R6 draft with this review. */
	public static EvaluationPackage evaluationPackage() {
		ReportDocument draft = ReportFixture.draft();
		ReportDocument withReview = new ReportDocument(draft.formatVersion(), draft.cover(), draft.sections(),
				draft.kpiList(), draft.distribution(), draft.analysis(), draft.programs(), review());
		return new EvaluationPackage(withReview, 2023, "R5", lastYearsOpinions());
	}

}
