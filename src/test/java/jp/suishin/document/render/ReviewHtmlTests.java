package jp.suishin.document.render;

import static jp.suishin.document.render.ReportHtmlTests.XHTML;
import static jp.suishin.document.render.ReportHtmlTests.elements;
import static jp.suishin.document.render.ReportHtmlTests.parse;
import static jp.suishin.document.render.ReportHtmlTests.withClass;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jp.suishin.document.ReportDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The PDCA year's part of the yearly report: printed only when there is something to
 * print (a document of format 1, or a year without evaluation, prints as before), with
 * the decisions, the completed sheets alone in the summary, the donations against the
 * guide (an anonymous donor never named, examples marked) and the logic models.
 */
class ReviewHtmlTests {

	final ReportHtml html = new ReportHtml();

	static Element byId(Document document, String id) {
		return elements(document, XHTML, "section").stream()
			.filter(e -> id.equals(e.getAttribute("id")))
			.findFirst()
			.orElse(null);
	}

	@Test
	void aReportWithoutReview_printsAsBefore_withoutAnyReviewPart() throws Exception {
		ReportDocument plain = ReportFixture.sorachi();
		String markup = html.standalone(plain, Locale.JAPANESE);

		assertThat(byId(parse(markup), "review")).isNull();
		assertThat(markup).doesNotContain("href=\"#review\"");
		assertThat(markup).doesNotContain("事業の評価と今後の方向性", "寄附", "ロジックモデル");
	}

	@Test
	void aDocumentOfFormat1_readBackWithoutReview_printsAsTheSameDocumentOfFormat2WithoutOne() {
		ReportDocument plain = ReportFixture.sorachi();
		ReportDocument format1 = new ReportDocument(1, plain.cover(), plain.sections(), plain.kpiList(),
				plain.distribution(), plain.analysis(), plain.programs(), null);

		assertThat(format1.review().isEmpty()).isTrue();
		assertThat(html.standalone(format1, Locale.JAPANESE)).isEqualTo(html.standalone(plain, Locale.JAPANESE));
	}

	@Test
	void aReportWithReview_printsTheDecisionsTheCompletedSheetsTheDonationsAndTheLogicModels() throws Exception {
		Document document = parse(html.standalone(ReviewFixture.report(), Locale.JAPANESE));
		Element review = byId(document, "review");

		assertThat(review).isNotNull();
		assertThat(elements(document, XHTML, "a")).extracting(a -> a.getAttribute("href")).contains("#review");
		String text = review.getTextContent();
		assertThat(text).contains("事業の評価と今後の方向性（R6年度）", "事業ごとの今後の方向性（決定）", "拡充", "R7予算で2,000千円増額", "道外からの誘客を強化する");
		// the summary lists the completed sheet only, with its last stage's ratings and
		// its costs
		List<Element> summary = withClass(document, "table", "sheet-summary");
		assertThat(summary).hasSize(1);
		String sheets = summary.get(0).getTextContent();
		assertThat(sheets).contains("炭鉄港ガイドツアー事業", "外部有識者評価", "12,000千円", "24,000千円").doesNotContain("空知魅力発信事業");
		// donations: the guide, the cumulative total and its share, the lines
		assertThat(text).contains("530,000千円（R2～R9）", "6,500千円", "1.2％", "株式会社空知建設（例）", "（匿名希望）", "例示", "サンプルデータの例");
		// the logic model: each element under its stage, with its indicator
		assertThat(text).contains("ロジックモデル", "インプット（投入）", "事業費・ガイド人材", "長期アウトカム", "交流人口の拡大",
				"構成市町の観光入込客数（千人） （増加を目指す）");
	}

	@Test
	void theReviewsTexts_areEscaped() throws Exception {
		String markup = new PackageHtml().standalone(ReviewFixture.evaluationPackage(), Locale.JAPANESE);
		Document document = parse(markup);

		assertThat(elements(document, XHTML, "script")).isEmpty();
		assertThat(document.getDocumentElement().getTextContent()).contains("委託先の見直しを検討 " + ReviewFixture.SCRIPT);
	}

	@Test
	void inEnglish_theLabelsAreEnglish() throws Exception {
		Element review = byId(parse(html.standalone(ReviewFixture.report(), Locale.ENGLISH)), "review");

		assertThat(review.getTextContent()).contains("Evaluation of the programs and their course (FY2024)",
				"Budget consequence", "Share of the guide", "(not named at the donor's request)", "Inputs");
	}

}
