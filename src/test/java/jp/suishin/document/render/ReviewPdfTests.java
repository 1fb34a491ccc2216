package jp.suishin.document.render;

import static jp.suishin.document.render.ReportPdfTests.squeezed;
import static jp.suishin.document.render.ReportPdfTests.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The yearly report's PDF with the PDCA year: its part follows the programs. */
class ReviewPdfTests {

	@Test
	void theReportsPdf_printsTheDecisionsTheSheetsTheDonationsAndTheLogicModel() throws IOException {
		byte[] pdf = new ReportPdf().render(ReviewFixture.report(), Locale.JAPANESE);
		java.nio.file.Path out = java.nio.file.Path.of("target", "report-tests", "sorachi-r7-with-review.pdf");
		java.nio.file.Files.createDirectories(out.getParent());
		java.nio.file.Files.write(out, pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = squeezed(text(document, 1, document.getNumberOfPages()));
			String part = text.substring(text.lastIndexOf(squeezed("事業の評価と今後の方向性（R6年度）")));
			assertThat(part).contains("事業ごとの今後の方向性（決定）", "R7予算で2,000千円増額", "事務事業評価の結果", "24,000千円", "530,000千円（R2",
					"1.2％", "（匿名希望）", "例示", "ロジックモデル", "交流人口の拡大");
			// the sheet still in progress is the package's alone
			assertThat(part).doesNotContain("空知魅力発信事業");
		}
	}

}
