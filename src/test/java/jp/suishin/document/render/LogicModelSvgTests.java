package jp.suishin.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jp.suishin.document.YearReview.LogicElement;
import jp.suishin.document.YearReview.LogicModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The logic-model drawing: well-formed XML in the SVG namespace whatever was typed,
 * labelled, six columns with their headings, boxes with wrapped text and the KPI, arrows
 * between the columns, nothing that runs or reaches out.
 */
class LogicModelSvgTests {

	private static final LogicModel MODEL = new LogicModel(7, "移住定住促進事業",
			List.of(new LogicElement("input", "事業費 1,200千円、職員0.5人工", null, null, null),
					new LogicElement("activity", "移住相談会の開催（年4回）", null, null, null),
					new LogicElement("activity", "お試し住宅の運営", null, null, null),
					new LogicElement("output", "相談件数", "移住相談件数", "件", "increase"),
					new LogicElement("short-term", "移住希望者が岩見沢を知る", null, null, null),
					new LogicElement("long-term", "人口の社会減が縮小する", "社会増減数", "人", "decrease")));

	@Test
	void aModel_isOneWellFormedSvgElementWithTitleDescriptionAndSixColumns() throws Exception {
		String svg = LogicModelSvg.svg(MODEL, Locale.JAPANESE);

		Document document = parse(svg);
		Element root = document.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("font-family")).isEqualTo("IPAexGothic, 'Noto Sans CJK JP', sans-serif");
		assertThat(text(document, "title")).containsExactly("ロジックモデル：移住定住促進事業");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("logic-model-7-title");
		String description = text(document, "desc").get(0);
		assertThat(description).contains("インプット: 事業費 1,200千円、職員0.5人工")
			.contains("活動: 移住相談会の開催（年4回） / お試し住宅の運営")
			.contains("アウトプット: 相談件数 (指標：移住相談件数（件・増加）)")
			.contains("中期アウトカム: －")
			.contains("長期アウトカム: 人口の社会減が縮小する (指標：社会増減数（人・減少）)");
		String all = String.join("|", text(document, "tspan"));
		for (String heading : List.of("インプット", "活動", "アウトプット", "短期アウトカム", "中期アウトカム", "長期アウトカム")) {
			assertThat(all).contains(heading);
		}
		// one arrow between each two of the six columns
		assertThat(document.getElementsByTagNameNS("*", "polygon").getLength()).isEqualTo(5);
		assertThat(svg).doesNotContain("<script").doesNotContain("href").doesNotContain("url(");
	}

	@Test
	void typedMarkupAndControlCharacters_areEscapedOrDropped() throws Exception {
		LogicModel model = new LogicModel(3, "<b>事業</b> & \"試行\"",
				List.of(new LogicElement("activity", "<script>alert('x')</script>\u0001 & more", "指標<i>", "&", null)));

		String svg = LogicModelSvg.svg(model, Locale.JAPANESE);

		Document document = parse(svg);
		assertThat(text(document, "title")).containsExactly("ロジックモデル：<b>事業</b> & \"試行\"");
		assertThat(String.join("", text(document, "tspan"))).contains("<script>alert('x')</script> & more")
			.contains("指標：指標<i>（&）");
		assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
		assertThat(svg).doesNotContain("<script").doesNotContain("\u0001");
	}

	@Test
	void longJapaneseText_isWrappedWithinTheBoxKeepingClosingPunctuationOnItsLine() {
		// the box is 96 wide with 5 of padding each side: 86 units, at 10 units a
		// full-width character that is 8 characters a line (8 × 10 = 80 ≤ 86 < 90)
		List<String> lines = LogicModelSvg.wrap("地域おこし協力隊員が農業体験の受け入れを行う。", 10);

		assertThat(lines).containsExactly("地域おこし協力隊", "員が農業体験の受", "け入れを行う。");
		// 。 may not start a line: it goes to the next line with the character before it
		// (7 × 10 = 70, and く。 would take the line to 90 > 86)
		assertThat(LogicModelSvg.wrap("あいうえおかきく。けこ", 10)).containsExactly("あいうえおかき", "く。けこ");
		// （ may not end a line: it goes to the next line with what follows it
		// (7 × 10 = 70, and （人 would take the line to 90 > 86)
		assertThat(LogicModelSvg.wrap("あいうえおかき（人）", 10)).containsExactly("あいうえおかき", "（人）");
		// a Latin word is kept whole: 0.62 × 10 per letter, "Suishin" is 7 × 6.2 = 43.4
		assertThat(LogicModelSvg.wrap("ああああああ Suishin", 10)).containsExactly("ああああああ", "Suishin");
		// the typed line ends are kept
		assertThat(LogicModelSvg.wrap("一行目\n二行目", 10)).containsExactly("一行目", "二行目");
	}

	@Test
	void everyLineOfEveryBox_fitsItsBox() throws Exception {
		List<LogicElement> elements = new ArrayList<>();
		for (String stage : LogicModelSvg.STAGES) {
			elements.add(new LogicElement(stage, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 とても長い説明文がここに入ります、そして続きます。",
					"長い名前の評価指標", "人", "maintain"));
		}
		String svg = LogicModelSvg.svg(new LogicModel(1, "x", elements), Locale.JAPANESE);

		NodeList spans = parse(svg).getElementsByTagNameNS("*", "tspan");
		for (int i = 0; i < spans.getLength(); i++) {
			String line = spans.item(i).getTextContent();
			int size = Integer.parseInt(((Element) spans.item(i).getParentNode()).getAttribute("font-size"));
			// 96 of column less 2 × 5 of padding
			assertThat(LogicModelSvg.width(line, size)).as(line).isLessThanOrEqualTo(86.0);
		}
	}

	@Test
	void inEnglish_theHeadingsAreEnglish() throws Exception {
		String svg = LogicModelSvg.svg(MODEL, Locale.ENGLISH);

		Document document = parse(svg);
		assertThat(text(document, "title")).containsExactly("Logic model: 移住定住促進事業");
		assertThat(text(document, "desc").get(0)).contains("Inputs: ")
			.contains("Long-term outcomes: ")
			.contains("(Indicator: 社会増減数 (人, decrease))");
	}

	@Test
	void inThePdfRenderer_theDrawingIsDrawnAsVectors() throws Exception {
		String html = "<html><head><style>@page{size:A4;margin:15mm}</style></head><body>"
				+ LogicModelSvg.svg(MODEL, Locale.JAPANESE) + "</body></html>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.withHtmlContent(html, "about:logic-model");
		builder.toStream(out);
		builder.run();

		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
			// the headings' blue (#0055AD) and green (#00734D) are drawn, within the
			// page's width (the drawing fits A4's text column)
			assertThat(count(page, 0x0055AD)).isGreaterThan(100);
			assertThat(count(page, 0x00734D)).isGreaterThan(100);
		}
	}

	private static int count(BufferedImage image, int rgb) {
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
					count++;
				}
			}
		}
		return count;
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> text(Document document, String name) {
		NodeList nodes = document.getElementsByTagNameNS("*", name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

}
