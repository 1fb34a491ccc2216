package jp.suishin.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.suishin.document.ReportDocument;
import jp.suishin.document.ReportDocument.ActivityLine;
import jp.suishin.document.ReportDocument.KpiRow;
import jp.suishin.document.ReportDocument.Section;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Sorachi report as PDF, rendered once for all the tests (a rendering costs time):
 * A4, several pages, the plan and the edition in every page's header, page numbers, the
 * text extractable as written (no tofu), the fonts embedded as subsets, the chart a
 * vector drawing.
 */
class ReportPdfTests {

	static final ReportDocument REPORT = ReportFixture.sorachi();

	static byte[] pdf;

	@BeforeAll
	static void render() throws IOException {
		pdf = new ReportPdf().render(REPORT, Locale.JAPANESE);
		Path out = Path.of("target", "report-tests", "sorachi-r7.pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, pdf);
	}

	static String squeezed(String text) {
		return text.replaceAll("(?U)\\s+", "");
	}

	static String text(PDDocument document, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(document);
	}

	@Test
	void isA4WithSeveralPagesEachWithThePlanTheEditionAndItsNumber() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(REPORT.sections().size());
			for (int i = 1; i <= pages; i++) {
				PDRectangle size = document.getPage(i - 1).getMediaBox();
				assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
						org.assertj.core.data.Offset.offset(1f));
				assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(),
						org.assertj.core.data.Offset.offset(1f));
				String page = squeezed(text(document, i, i));
				assertThat(page).as("page %d", i)
					.contains(squeezed(REPORT.cover().planName() + "令和7年度版"))
					.contains(i + "/" + pages);
			}
		}
	}

	@Test
	void theExtractedText_holdsEveryKpiAndActivityAsWritten() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = squeezed(text(document, 1, document.getNumberOfPages()));
			List<String> expected = new ArrayList<>();
			for (KpiRow row : REPORT.kpiList().rows()) {
				expected.add(row.name());
			}
			for (Section section : REPORT.sections()) {
				expected.add(section.title());
				for (ActivityLine activity : section.activities()) {
					expected.add(activity.title());
				}
			}
			expected.addAll(List.of("集計中（7月頃）", "99.9％", "197.7％", "－％", "7,250千人", "［炭鉄港推進協議会・振興局］", "分析・対応方向",
					"評価指標一覧", ReportFixture.SCRIPT));
			for (String written : expected) {
				assertThat(text).contains(squeezed(written));
			}
		}
	}

	@Test
	void everyFont_isEmbeddedAsASubset() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				fonts(page.getResources(), fonts);
			}
			assertThat(fonts).isNotEmpty();
			for (PDFont font : fonts) {
				assertThat(font.getName()).matches("[A-Z]{6}\\+IPAexGothic");
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
			assertThat(pdf.length).as("a subset, not the 6 MB font").isLessThan(1_500_000);
		}
	}

	@Test
	void theChart_isDrawnAsVectorGraphicsWithoutImages() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int curves = 0;
			for (PDPage page : document.getPages()) {
				assertThat(images(page.getResources())).isZero();
				curves += curves(new PDFStreamParser(page).parse());
				curves += formCurves(page.getResources());
			}
			// the pie's sectors are arcs, drawn as Bézier curves; the tables have none
			assertThat(curves).isGreaterThanOrEqualTo(REPORT.distribution().shares().size());
		}
	}

	@Test
	void aMissingFont_isNamedInTheError() {
		ReportPdf missing = new ReportPdf(
				FontSet.of("Missing", Path.of("target", "no-such-font.ttf"), Path.of("target", "no-such-font.ttf")));

		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> missing.render(REPORT, Locale.JAPANESE))
			.withMessageContaining("no-such-font.ttf")
			.withMessageContaining("fonts-ipaexfont");
	}

	static void fonts(PDResources resources, List<PDFont> fonts) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form) {
				fonts(form.getResources(), fonts);
			}
		}
	}

	static int images(PDResources resources) throws IOException {
		int images = 0;
		if (resources == null) {
			return 0;
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDImageXObject) {
				images++;
			}
			else if (object instanceof PDFormXObject form) {
				images += images(form.getResources());
			}
		}
		return images;
	}

	static int formCurves(PDResources resources) throws IOException {
		int curves = 0;
		if (resources == null) {
			return 0;
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form) {
				curves += curves(new PDFStreamParser(form).parse()) + formCurves(form.getResources());
			}
		}
		return curves;
	}

	static int curves(List<Object> tokens) {
		int curves = 0;
		for (Object token : tokens) {
			if (token instanceof Operator operator && List.of("c", "v", "y").contains(operator.getName())) {
				curves++;
			}
		}
		return curves;
	}

}
