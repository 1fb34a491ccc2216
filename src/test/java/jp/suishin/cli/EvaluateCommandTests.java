package jp.suishin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jp.suishin.exchange.KpiTable;
import jp.suishin.exchange.KpiTableReader;
import jp.suishin.exchange.KpiTableWriter;
import jp.suishin.notation.FiscalYear;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code evaluate} contract on real files. */
class EvaluateCommandTests {

	static final Path SORACHI = Path.of("docs/examples/sorachi-fy2024.csv");

	@TempDir
	Path directory;

	record Run(int exit, String out, String err) {

		JsonNode json() {
			return JsonMapper.builder().build().readTree(out);
		}

	}

	static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = EvaluateCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	Path csv(String content) throws IOException {
		Path file = directory.resolve("table.csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void sorachiFy2024_printsTheReportsRatesAndSummary() {
		Run run = run("--year", "2024", SORACHI.toString());
		assertThat(run.exit()).isZero();
		assertThat(run.err()).isEmpty();
		JsonNode json = run.json();
		assertThat(json.get("year").asInt()).isEqualTo(2024);
		assertThat(json.get("scheme").asString()).isEqualTo("ratio");
		assertThat(json.get("kpis")
			.valueStream()
			.map(k -> k.get("progressRate").isNull() ? "-" : k.get("progressRate").asString())
			.toList()).containsExactly("-", "99.9", "82.9", "197.7", "-", "-", "82.9", "-", "90.9");
		assertThat(json.get("kpis").get(6).get("relisted").asBoolean()).isTrue();
		assertThat(json.get("kpis").get(0).get("status").asString()).isEqualTo("pending");
		assertThat(json.get("kpis").get(0).get("grade").asString()).isEqualTo("pending");
		assertThat(json.get("kpis").get(1).get("method").asString()).isEqualTo("ratio");
		JsonNode summary = json.get("summary");
		assertThat(summary.get("unique").asInt()).isEqualTo(7);
		assertThat(summary.get("evaluated").asInt()).isEqualTo(4);
		assertThat(summary.get("pending").asInt()).isEqualTo(3);
		assertThat(summary.get("byGrade").get("達成").asInt()).isEqualTo(1);
		assertThat(summary.get("byGrade").get("80%以上").asInt()).isEqualTo(3);
		assertThat(summary.get("shares").get("pending").asInt()).isEqualTo(43);
		assertThat(json.get("analysis").asString()).contains("1.0ポイント上昇", "約4.4倍");
	}

	@Test
	void anotherSchemeByNameOrFile() {
		assertThat(run("--year", "R6", "--scheme", "sabc", SORACHI.toString()).json()
			.get("kpis")
			.get(3)
			.get("grade")
			.asString()).isEqualTo("S");
		assertThat(run("--year=令和6年度", "--scheme=docs/schemes/symbols.yaml", SORACHI.toString()).json()
			.get("kpis")
			.get(3)
			.get("grade")
			.asString()).isEqualTo("◎");
	}

	@Test
	void aBadCell_exitsTwoNamingRowAndColumn() throws IOException {
		Path file = csv("評価指標,単位,目標値,目標年度,R6\n転入者数,人,100,R7,50\n転出者数,人,100,R7,五十\n");
		Run run = run("--year", "2024", file.toString());
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("3行目", "「R6」列", "五十");
	}

	@Test
	void anUnknownColumnOrDirection_exitsTwo() throws IOException {
		assertThat(run("--year", "2024", csv("評価指標,色\nA,赤\n").toString()).err()).contains("色");
		Run direction = run("--year", "2024", csv("評価指標,方向\nA,上\n").toString());
		assertThat(direction.exit()).isEqualTo(2);
		assertThat(direction.err()).contains("2行目", "「方向」列", "上");
	}

	@Test
	void aValueInAnotherUnit_isLeftOutAndReported() throws IOException {
		Run run = run("--year", "2024", csv("評価指標,単位,目標値,目標年度,R6\n耕作面積,ha,100,R7,90人\n").toString());
		assertThat(run.exit()).isZero();
		assertThat(run.json().get("kpis").get(0).get("status").asString()).isEqualTo("missing");
		assertThat(run.json().get("lint").get(0).get("kind").asString()).isEqualTo("UNIT_MISMATCH");
	}

	@Test
	void badArguments_exitTwoWithUsage() {
		assertThat(run("--year", "2024").exit()).isEqualTo(2);
		assertThat(run(SORACHI.toString()).err()).contains("使い方");
		assertThat(run("--year", "X9", SORACHI.toString()).err()).contains("X9");
		assertThat(run("--year", "2024", "--scheme", "nope", SORACHI.toString()).err()).contains("nope");
		assertThat(run("--year", "2024", "missing.csv").exit()).isEqualTo(2);
	}

	@Test
	void theRealMain_printsOnlyJson_withoutStartingTheApplication() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				"jp.suishin.SuishinApplication", "evaluate", "--year", "2024", SORACHI.toString())
			.redirectErrorStream(false)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(err).isZero();
		assertThat(out.strip()).startsWith("{").endsWith("}");
		Map<?, ?> json = JsonMapper.builder().build().readValue(out, Map.class);
		assertThat(json.get("year")).isEqualTo(2024);
		assertThat(err).isEmpty();
	}

	@Test
	void milestoneColumns_inAnyYearNotation_feedTheMilestoneScheme() throws IOException {
		Path file = csv("""
				評価指標,単位,基準値,基準年度,目標値,目標年度,目安値R5,目安値 R6,目安値(令和7年度),目安値2026,R5,R6
				転出超過数,人,▲1200,R2,▲500,R9,▲1000,▲900,▲800,▲700,▲980,
				""");
		Run run = run("--year", "2024", "--scheme", "milestone", file.toString());
		assertThat(run.exit()).as(run.err()).isZero();
		JsonNode kpi = run.json().get("kpis").get(0);
		assertThat(kpi.get("actualYear").asInt()).isEqualTo(2023);
		assertThat(kpi.get("milestone").asInt()).isEqualTo(-1000);
		assertThat(kpi.get("milestoneYear").asInt()).isEqualTo(2023);
		assertThat(kpi.get("method").asString()).isEqualTo("milestone-improvement");
		assertThat(kpi.get("grade").asString()).isEqualTo("順調");
	}

	@Test
	void aKpiWithoutMilestone_hasNullMilestoneFields() {
		JsonNode kpi = run("--year", "2024", SORACHI.toString()).json().get("kpis").get(1);
		assertThat(kpi.get("milestone").isNull()).isTrue();
		assertThat(kpi.get("actualYear").asInt()).isEqualTo(2024);
	}

	@Test
	void anUnterminatedQuoteOrAnImpossibleYear_exitsTwo() throws IOException {
		Run quote = run("--year", "2024", csv("評価指標,単位,R6\n\"転入者数,人,5\n").toString());
		assertThat(quote.exit()).isEqualTo(2);
		assertThat(quote.err()).contains("2行目");
		assertThat(run("--year", "1900", SORACHI.toString()).exit()).isEqualTo(2);
	}

	@Test
	void aPendingKpi_reportsItsYear() {
		JsonNode pending = run("--year", "2024", SORACHI.toString()).json().get("kpis").get(0);
		assertThat(pending.get("status").asString()).isEqualTo("pending");
		assertThat(pending.get("actualYear").asInt()).isEqualTo(2024);
	}

	@Test
	void twoKpisWithTheSameName_areRefused_unlessReListed() throws IOException {
		Run run = run("--year", "2024", csv("評価指標,単位,R6\n参加者数,人,5\n参加者数,人,6\n").toString());
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("3行目", "参加者数");
	}

	@Test
	void aPreliminaryValue_isMarkedAsTheExportWritesIt() throws IOException {
		Run run = run("--year", "2024", csv("評価指標,単位,目標値,目標年度,R6\n就職率,％,63.9％,R6,53.0％（速報）\n").toString());
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.json().get("kpis").get(0).get("status").asString()).isEqualTo("preliminary");
		assertThat(run.json().get("kpis").get(0).get("progressRate").asString()).isEqualTo("82.9");
	}

	@Test
	void theSameTableInShiftJisOrAsAnXlsxWorkbook_givesTheSameFigures() throws IOException {
		String utf8 = Files.readString(SORACHI, StandardCharsets.UTF_8);
		Path sjis = Files.write(directory.resolve("sorachi-sjis.csv"), utf8.getBytes(Charset.forName("Windows-31J")));
		KpiTable table = KpiTableReader.read("sorachi.csv", Files.readAllBytes(SORACHI));
		List<FiscalYear> years = List.of(FiscalYear.of(2021), FiscalYear.of(2022), FiscalYear.of(2023),
				FiscalYear.of(2024));
		Path xlsx = Files.write(directory.resolve("sorachi.xlsx"), KpiTableWriter.xlsx("R6", years, table.rows()));
		String expected = run("--year", "2024", SORACHI.toString()).out();
		for (Path file : List.of(sjis, xlsx)) {
			Run run = run("--year", "2024", file.toString());
			assertThat(run.exit()).as(run.err()).isZero();
			assertThat(run.out()).isEqualTo(expected);
		}
	}

	@Test
	void aBadCellInAnXlsxWorkbook_isNamedByRowAndColumnToo() throws IOException {
		Path file = directory.resolve("bad.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("R6");
			sheet.createRow(0).createCell(0).setCellValue("評価指標");
			sheet.getRow(0).createCell(1).setCellValue("R6");
			sheet.createRow(1).createCell(0).setCellValue("転入者数");
			sheet.getRow(1).createCell(1).setCellValue("五十");
			workbook.write(out);
		}
		Run run = run("--year", "2024", file.toString());
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("2行目", "「R6」列", "五十");
	}

}
