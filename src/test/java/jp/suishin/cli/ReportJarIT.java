package jp.suishin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.suishin.cli.ImportPlanJarIT.Run;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/suishin.jar report …} as the README states it, on the packaged
 * jar and an embedded database of its own with the sample data: the Sorachi policy's
 * report for R6 in each format, and exit 2 with a Japanese message for bad arguments. Run
 * by failsafe after {@code package}.
 */
class ReportJarIT {

	static final String PLAN = "sorachi-doo-policy-2021";

	/** A KPI of the plan as seed 004 prints it. */
	static final String KPI = "炭鉄港推進協議会構成市町の観光入込客数";

	@TempDir
	static Path data;

	static String database;

	@BeforeAll
	static void aDatabaseOfItsOwn() {
		database = "--spring.datasource.url=jdbc:h2:file:" + data.resolve("suishin").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	@Test
	void writesTheReportAsPdfXlsxAndHtml(@TempDir Path dir) throws Exception {
		Path pdf = dir.resolve("report.pdf");
		Run run = ImportPlanJarIT.run("report", "--plan", PLAN, "--year", "R6", "--format", "pdf", "--out",
				pdf.toString(), database);
		assertThat(run.exit()).as(run.err()).isZero();
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
			assertThat(new PDFTextStripper().getText(document)).contains(KPI);
		}

		Path xlsx = dir.resolve("report.xlsx");
		run = ImportPlanJarIT.run("report", "--plan", PLAN, "--year", "2024", "--format", "XLSX", "--out",
				xlsx.toString(), database);
		assertThat(run.exit()).as(run.err()).isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
			assertThat(text(workbook)).contains(KPI);
		}

		Path html = dir.resolve("report.html");
		run = ImportPlanJarIT.run("report", "--plan", PLAN, "--year", "令和6年度", "--format", "html", "--out",
				html.toString(), "--lang", "en", database);
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains(KPI).contains("lang=\"en\"");
	}

	@Test
	void badArguments_exitTwo_withAJapaneseMessage(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("report.doc");
		Run format = ImportPlanJarIT.run("report", "--plan", PLAN, "--year", "R6", "--format", "doc", "--out",
				out.toString(), database);
		assertThat(format.exit()).isEqualTo(2);
		assertThat(format.err()).contains("形式「doc」").contains("使い方");

		Run year = ImportPlanJarIT.run("report", "--plan", PLAN, "--year", "来年", "--format", "pdf", "--out",
				out.toString(), database);
		assertThat(year.exit()).isEqualTo(2);
		assertThat(year.err()).contains("年度「来年」");

		Run noOut = ImportPlanJarIT.run("report", "--plan", PLAN, "--year", "R6", "--format", "pdf", database);
		assertThat(noOut.exit()).isEqualTo(2);
		assertThat(noOut.err()).contains("--out");

		Run noPlan = ImportPlanJarIT.run("report", "--plan", "no-such-plan", "--year", "R6", "--format", "pdf", "--out",
				out.toString(), database);
		assertThat(noPlan.exit()).isEqualTo(2);
		assertThat(noPlan.err()).contains("計画「no-such-plan」が見つかりません");
		assertThat(out).doesNotExist();
	}

	static String text(XSSFWorkbook workbook) {
		DataFormatter formatter = new DataFormatter();
		StringBuilder text = new StringBuilder();
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\t'));
				text.append('\n');
			}
		}
		return text.toString();
	}

}
