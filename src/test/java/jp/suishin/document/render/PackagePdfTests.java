package jp.suishin.document.render;

import static jp.suishin.document.render.ReportPdfTests.squeezed;
import static jp.suishin.document.render.ReportPdfTests.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.suishin.document.EvaluationPackage;
import jp.suishin.document.ReportDocument.KpiRow;
import jp.suishin.document.ReportDocument.Section;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation package as PDF, rendered once (a rendering costs time), read back with
 * PDFBox: every part is in the extracted text as written, in the package's order, and
 * every page carries the running header and its number.
 */
class PackagePdfTests {

	static final EvaluationPackage PACKAGE = ReviewFixture.evaluationPackage();

	static byte[] pdf;

	@BeforeAll
	static void render() throws IOException {
		pdf = new PackagePdf(new ReportPdf()).render(PACKAGE, Locale.JAPANESE);
		Path out = Path.of("target", "report-tests", "sorachi-r6-evaluation-package.pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, pdf);
	}

	@Test
	void everyPage_carriesThePlanThePackageAndItsNumber() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			// cover, KPI list, four projects, sheets (two), effects, opinions, models
			assertThat(pages).isGreaterThanOrEqualTo(10);
			for (int i = 1; i <= pages; i++) {
				assertThat(squeezed(text(document, i, i))).as("page %d", i)
					.contains(squeezed(PACKAGE.report().cover().planName() + "効果検証資料（案）"))
					.contains(i + "/" + pages);
			}
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("道央広域連携地域政策展開方針（空知地域） 効果検証資料（R6年度）");
		}
	}

	@Test
	void theExtractedText_holdsEveryPartInOrder() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = squeezed(text(document, 1, document.getNumberOfPages()));
			// after the cover's contents: the parts in the package's order
			String body = text.substring(text.indexOf("ロジックモデル") + "ロジックモデル".length());
			List<String> inOrder = List.of("評価指標一覧", "日本遺産「炭鉄港」を活用した交流人口拡大プロジェクト", "事務事業評価シート", "地方創生関係交付金の効果検証",
					"前年度（R5年度）の委員意見と対応状況", "ロジックモデル");
			int at = 0;
			for (String part : inOrder) {
				int found = body.indexOf(squeezed(part), at);
				assertThat(found).as(part).isGreaterThanOrEqualTo(at);
				at = found;
			}
			List<String> expected = new ArrayList<>();
			for (KpiRow row : PACKAGE.report().kpiList().rows()) {
				expected.add(row.name());
			}
			for (Section section : PACKAGE.report().sections()) {
				expected.add(section.title());
			}
			// the sheets: fields, indicators, the cost table with 財源内訳 and フルコスト,
			// each stage, the decision
			expected.addAll(List.of("炭鉄港の認知度を高め交流人口を増やす", "ガイド付きツアーの実施", "ツアー実施件数", "事業費とフルコスト（単位：千円）", "うち一般財源6,000千円",
					"うち国庫支出金・交付金4,000千円", "うち寄附金1,500千円", "うちその他500千円", "人件費（人工×平均人件費）12,000千円",
					"フルコスト（事業費＋人件費）24,000千円", "単位あたりコスト（ツアー1件あたり）100千円", "担当評価", "課長評価", "部長評価", "外部有識者評価",
					"鉄道ファン向け企画を評価する", "R7予算で2,000千円増額", "空知魅力発信事業", "評価中"));
			// the effect form, last year's opinions with response and follow-up, the
			// logic model
			expected.addAll(List.of("相当程度効果があった", "目標に近づいている", "事業の発展", "冬季の誘客策を検討すべき", "冬のバスツアーを実施する", "対応中",
					"令和6年度に冬のバスツアーを試行した", "事業費・ガイド人材", "交流人口の拡大", "長期アウトカム"));
			for (String written : expected) {
				assertThat(text).as(written).contains(squeezed(written));
			}
		}
	}

	@Test
	void theFileName_isThePlansAsciiStemAndYear() {
		assertThat(PackagePdf.fileName(PACKAGE)).isEqualTo("sorachi-policy_2024_evaluation-package.pdf");
	}

}
