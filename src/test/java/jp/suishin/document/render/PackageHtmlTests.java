package jp.suishin.document.render;

import static jp.suishin.document.render.ReportHtmlTests.XHTML;
import static jp.suishin.document.render.ReportHtmlTests.elements;
import static jp.suishin.document.render.ReportHtmlTests.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jp.suishin.document.EvaluationPackage;
import jp.suishin.document.ReportDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class PackageHtmlTests {

	final PackageHtml html = new PackageHtml();

	@Test
	void thePackage_holdsEveryPartInOrder_andItsContentsLinkToThem() throws Exception {
		Document document = parse(html.standalone(ReviewFixture.evaluationPackage(), Locale.JAPANESE));

		List<String> parts = elements(document, XHTML, "section").stream()
			.map(e -> e.getAttribute("id"))
			.filter(id -> !id.startsWith("section-"))
			.toList();
		assertThat(parts).containsExactly("kpi-list", "package-sheets", "package-effects", "package-opinions",
				"package-logic-models");
		List<String> links = elements(document, XHTML, "a").stream().map(a -> a.getAttribute("href")).toList();
		assertThat(links).contains("#kpi-list", "#section-1", "#section-4", "#package-sheets", "#package-effects",
				"#package-opinions", "#package-logic-models");
		assertThat(elements(document, XHTML, "h1")).hasSize(1)
			.first()
			.extracting(Element::getTextContent)
			.isEqualTo("道央広域連携地域政策展開方針（空知地域） 効果検証資料（R6年度）");
	}

	@Test
	void everySheet_isPrintedInFull_withItsCostsItsStagesAndItsDecision() throws Exception {
		Document document = parse(html.standalone(ReviewFixture.evaluationPackage(), Locale.JAPANESE));
		Element sheet = elements(document, XHTML, "div").stream()
			.filter(d -> "sheet-101".equals(d.getAttribute("id")))
			.findFirst()
			.orElseThrow();
		String text = sheet.getTextContent();

		assertThat(text).contains("目的", "炭鉄港の認知度を高め交流人口を増やす", "対象", "道内外の観光客", "手段", "意図", "活動指標", "ツアー実施件数", "240件",
				"成果指標", "7,302千人");
		assertThat(text).contains("うち一般財源6,000千円", "うち国庫支出金・交付金4,000千円", "うち寄附金1,500千円", "うちその他500千円", "人工（人・年）1.5",
				"人件費（人工×平均人件費）12,000千円", "フルコスト（事業費＋人件費）24,000千円", "単位あたりコスト（ツアー1件あたり）100千円");
		// every stage: its ratings, direction, comment, author and time (Asia/Tokyo)
		assertThat(text).contains("担当評価", "課長評価", "部長評価", "外部有識者評価", "改善して継続", "鉄道ファン向け企画を評価する", "有識者 花子",
				"令和7年10月4日 10:30");
		assertThat(text).contains("事業の今後の方向性（決定）", "R7予算で2,000千円増額", "令和7年11月20日");
		// the other sheet is still being evaluated
		Element other = elements(document, XHTML, "div").stream()
			.filter(d -> "sheet-102".equals(d.getAttribute("id")))
			.findFirst()
			.orElseThrow();
		assertThat(other.getTextContent()).contains("評価中", "空知 四郎").doesNotContain("事業の今後の方向性（決定）");
	}

	@Test
	void theEffectFormAndLastYearsOpinions_arePrinted_withTheFollowUpBesideTheOpinion() throws Exception {
		Document document = parse(html.standalone(ReviewFixture.evaluationPackage(), Locale.JAPANESE));
		String text = document.getDocumentElement().getTextContent();

		assertThat(text).contains("地方創生関係交付金の効果検証", "相当程度効果があった", "目標に近づいている", "事業の発展", "道外客の誘致を強化する", "未記入");
		assertThat(text).contains("前年度（R5年度）の委員意見と対応状況", "冬季の誘客策を検討すべき", "冬のバスツアーを実施する", "対応中", "令和6年度に冬のバスツアーを試行した",
				"有識者 一郎");
		// the year's own opinions are not last year's
		assertThat(text).doesNotContain("道外の鉄道ファンへの発信を強めてほしい");
	}

	@Test
	void eachLogicModel_isDrawnInline_beforeTheTableOfItsElements() throws Exception {
		Document document = parse(html.standalone(ReviewFixture.evaluationPackage(), Locale.JAPANESE));
		Element part = elements(document, XHTML, "section").stream()
			.filter(e -> "package-logic-models".equals(e.getAttribute("id")))
			.findFirst()
			.orElseThrow();

		List<Element> drawings = elements(document, ReportHtmlTests.SVG, "svg").stream()
			.filter(svg -> svg.getAttribute("class").contains("logic-model"))
			.toList();
		assertThat(drawings).hasSize(1);
		assertThat(drawings.get(0).getAttribute("role")).isEqualTo("img");
		assertThat(part.getTextContent()).contains("炭鉄港ガイドツアー事業", "ガイド付きツアーの実施");
		assertThat(part.getTextContent().indexOf("事業費・ガイド人材")).isGreaterThanOrEqualTo(0);
	}

	@Test
	void aPackageWithoutReview_saysWhatIsStillMissing() throws Exception {
		ReportDocument draft = ReportFixture.draft();
		Document document = parse(
				html.standalone(new EvaluationPackage(draft, 2023, "R5", List.of()), Locale.JAPANESE));
		String text = document.getDocumentElement().getTextContent();

		assertThat(text).contains("この年度の評価シートはまだありません。", "この年度の効果検証はまだ記入されていません。", "前年度の委員意見はありません。",
				"ロジックモデルはまだありません。");
	}

	@Test
	void theFragment_isOneWellFormedDivForThePage() throws Exception {
		String fragment = html.fragment(ReviewFixture.evaluationPackage(), Locale.JAPANESE);
		Document document = parse(fragment.replaceFirst("<div", "<div xmlns=\"" + XHTML + "\""));

		assertThat(document.getDocumentElement().getAttribute("class")).isEqualTo("evaluation-package");
		assertThat(fragment).doesNotContain("<html", "<style");
	}

}
