package jp.suishin.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import jp.suishin.document.ReportDocument;
import jp.suishin.document.ReportDocument.KpiRow;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportHtmlTests {

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	static final String SVG = "http://www.w3.org/2000/svg";

	final ReportHtml html = new ReportHtml();

	static Document parse(String markup) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
	}

	static List<Element> elements(Document document, String namespace, String name) {
		NodeList nodes = document.getElementsByTagNameNS(namespace, name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	static List<Element> withClass(Document document, String name, String cssClass) {
		return elements(document, XHTML, name).stream()
			.filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass))
			.toList();
	}

	@Test
	void sorachiReport_isOneWellFormedXhtmlDocumentWithEveryKpiName() throws Exception {
		ReportDocument report = ReportFixture.sorachi();
		Document document = parse(html.standalone(report, Locale.JAPANESE));

		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
		assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("ja");
		String text = document.getDocumentElement().getTextContent();
		for (KpiRow row : report.kpiList().rows()) {
			assertThat(text).contains(row.name());
		}
		// the KPI list lists every row, the 再掲 included
		Element list = withClass(document, "table", "kpi-list").get(0);
		assertThat(withClass(document, "tr", "kpi").stream()
			.filter(row -> list.isSameNode(row.getParentNode().getParentNode())))
			.hasSize(report.kpiList().rows().size());
		// under a heading row per project, in print order
		assertThat(withClass(document, "tbody", "project")).hasSize(report.sections().size());
		assertThat(text).contains("（再掲）");
	}

	@Test
	void sorachiReport_printsTheCoverAndOneSectionPerProjectWithItsFacts() throws Exception {
		ReportDocument report = ReportFixture.sorachi();
		Document document = parse(html.standalone(report, Locale.JAPANESE));
		String text = document.getDocumentElement().getTextContent();

		assertThat(text).contains("令和7年度版", "道央広域連携地域政策展開方針（空知地域）", "北海道空知総合振興局", "実績年度：令和6年度（R6）", "公表日：令和7年9月30日");
		List<Element> sections = withClass(document, "section", "project");
		assertThat(sections).hasSize(report.sections().size());
		String first = sections.get(0).getTextContent();
		assertThat(first).contains("目的", "推進エリア", "道央広域連携地域（空知地域・石狩地域・後志地域・胆振地域）", "これまでの主な取組・成果",
				"炭鉄港アートプロジェクト2024の開催", "［振興局］", "開催日：", "令和6年9月29日～10月14日", "場所：", "JR岩見沢駅 自由通路", "約34,200名来場",
				"R7年度の主な取組", "［炭鉄港推進協議会・振興局］");
		// the KPI table prints the figures as the document holds them
		assertThat(first).contains("7,250千人", "(R2)", "集計中（7月頃）", "7,468千人", "－％");
		assertThat(sections.get(1).getTextContent()).contains("99.9％", "113,500ha", "82.9％");
	}

	@Test
	void theKpiTables_haveTheColumnsOfTheReport() throws Exception {
		Document document = parse(html.standalone(ReportFixture.sorachi(), Locale.JAPANESE));
		Element table = withClass(document, "table", "kpis").get(0);
		NodeList headers = table.getElementsByTagNameNS(XHTML, "th");
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < headers.getLength() && i < 9; i++) {
			texts.add(headers.item(i).getTextContent());
		}
		assertThat(texts).containsSubsequence("指標", "基準値（基準年）", "実績値", "目標値（目標年）", "進捗率", "R3", "R4", "R5", "R6");
	}

	@Test
	void plannersText_isPrintedAsTextNeverAsMarkup() throws Exception {
		String markup = html.standalone(ReportFixture.sorachi(), Locale.JAPANESE);
		Document document = parse(markup);

		assertThat(elements(document, XHTML, "script")).isEmpty();
		assertThat(markup).doesNotContain("<script").contains("&lt;script&gt;alert('x')&lt;/script&gt;");
		assertThat(document.getDocumentElement().getTextContent()).contains(ReportFixture.SCRIPT, "& 以上");
	}

	@Test
	void controlCharactersAPlannerPasted_doNotBreakTheXml() throws Exception {
		ReportDocument report = ReportFixture.sorachi();
		ReportDocument.Text analysis = new ReportDocument.Text("前年度\u0000比\u000b較\uD800", null);
		ReportDocument pasted = new ReportDocument(report.formatVersion(), report.cover(), report.sections(),
				report.kpiList(), report.distribution(), analysis, report.programs(), report.review());

		assertThat(parse(html.standalone(pasted, Locale.JAPANESE)).getDocumentElement().getTextContent())
			.contains("前年度比較");
	}

	@Test
	void theDistribution_isAnInlineSvgChartWithItsDataTableBesideIt() throws Exception {
		ReportDocument report = ReportFixture.sorachi();
		Document document = parse(html.standalone(report, Locale.JAPANESE));

		List<Element> charts = elements(document, SVG, "svg");
		assertThat(charts).hasSize(1);
		assertThat(elements(document, SVG, "path")).hasSize(report.distribution().shares().size());
		assertThat(elements(document, XHTML, "img")).isEmpty();
		Element data = withClass(document, "table", "shares").get(0);
		String text = data.getTextContent();
		assertThat(text).contains("100％以上", "1件", "14％（2割）", "80~99％", "3件", "43％（4割）", "集計中", "7件");
		assertThat(document.getDocumentElement().getTextContent())
			.contains("７件の評価指標（再掲を除く）のうち、現在集計中（３件）を除いた４件の進捗率が80％を超えており");
	}

	@Test
	void theAnalysisAndThePrograms_followTheKpiList() throws Exception {
		Document document = parse(html.standalone(ReportFixture.sorachi(), Locale.JAPANESE));
		String text = document.getDocumentElement().getTextContent();

		assertThat(text).containsSubsequence("評価指標一覧", "分析・対応方向", "空知地域の耕作面積は", "R7年度における主な取組", "日本遺産「炭鉄港」広域連携加速化事業",
				"北海道空知魅力発信事業");
		assertThat(withClass(document, "section", "analysis").get(0).getElementsByTagNameNS(XHTML, "p").getLength())
			.isEqualTo(2);
	}

	@Test
	void aDraft_saysItIsADraft() throws Exception {
		Document document = parse(html.standalone(ReportFixture.draft(), Locale.JAPANESE));

		Element edition = withClass(document, "p", "edition").get(0);
		assertThat(edition.getTextContent()).isEqualTo("案");
		assertThat(document.getDocumentElement().getTextContent()).doesNotContain("令和7年度版");
	}

	@Test
	void inEnglish_theLabelsAreEnglishAndTheGeneratedTextsToo() throws Exception {
		Document document = parse(html.standalone(ReportFixture.sorachi(), Locale.ENGLISH));
		String text = document.getDocumentElement().getTextContent();

		assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("en");
		assertThat(text).contains("List of KPIs", "Purpose", "Main actions in fiscal year 2025", "Baseline (year)",
				"Of the 7 KPIs", "[");
		assertThat(text).doesNotContain("評価指標一覧", "目的", "７件の評価指標");
		assertThat(text).contains("Published on September 30, 2025");
	}

	@Test
	void aPlanWithoutValuesOrTexts_stillPrintsAWellFormedDocument() throws Exception {
		ReportDocument report = ReportFixture.draft();
		ReportDocument.KpiRow bare = new ReportDocument.KpiRow("new", 99, 1, "新しいプロジェクト", "新しい指標", false, "",
				"INCREASE", null, java.util.Arrays.asList((ReportDocument.Figure) null), null, null, null, null, null,
				null);
		ReportDocument.Section empty = new ReportDocument.Section(1, null, "新しいプロジェクト", null, null, List.of(),
				List.of(bare), 2025, "R7", List.of());
		ReportDocument.Distribution nothing = new ReportDocument.Distribution(0, 0, 0, null, List.of());
		ReportDocument bareReport = new ReportDocument(report.formatVersion(), report.cover(), List.of(empty),
				new ReportDocument.KpiTable(List.of(2024), List.of("R6"), List.of(bare)), nothing, null, List.of(),
				null);

		Document document = parse(html.standalone(bareReport, Locale.JAPANESE));
		assertThat(document.getDocumentElement().getTextContent()).contains("新しい指標", "－");
		assertThat(elements(document, SVG, "circle")).hasSize(1);
	}

	@Test
	void aCorrection_printsItsNote() throws Exception {
		ReportDocument report = ReportFixture.sorachi()
			.asEdition(new ReportDocument.EditionMark(13, 2, "令和7年度版（第2版・正誤）", java.time.LocalDate.of(2025, 11, 4),
					"移住相談件数のR6実績値（集計中）を確定値に改めました。"));

		String text = parse(html.standalone(report, Locale.JAPANESE)).getDocumentElement().getTextContent();
		assertThat(text).contains("令和7年度版（第2版・正誤）", "正誤：", "移住相談件数のR6実績値（集計中）を確定値に改めました。");
	}

	@Test
	void thePrintCss_breaksThePageBeforeEachProjectAndRepeatsTableHeads() {
		assertThat(ReportHtml.CSS).contains("size: A4", "page-break-before: always", "display: table-header-group",
				"page-break-inside: avoid");
	}

}
