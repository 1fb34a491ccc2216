package jp.suishin.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.document.ReportDocument;
import jp.suishin.document.ReportDocument.KpiRow;
import jp.suishin.document.ReportDocument.Status;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sample data's two editions of the Sorachi policy are the documents the seeds are:
 * the 令和6年度版 (seed 003, values to R5, three of them 集計中) and the 令和7年度版 (seed 004, values
 * to R6), while the KPI pages keep the later figures of R5.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SampleEditionsTests {

	@Autowired
	EditionRepository editions;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	MockMvc mvc;

	Plan sorachi() {
		return plans.findByKey("sorachi-doo-policy-2021").orElseThrow();
	}

	Edition first(int year) {
		return editions.ofPlanYear(sorachi().id(), FiscalYear.of(year)).get(0);
	}

	@Test
	void sorachiFy2024Edition_isSeed003WithItsThreePendingValues() throws IOException {
		Edition r5 = first(2023);
		assertThat(r5.label()).isEqualTo("令和6年度版");
		assertThat(r5.publicationYear()).isEqualTo(FiscalYear.of(2024));
		ReportDocument document = editions.document(r5.id()).orElseThrow();
		List<KpiRow> unique = document.kpiList().rows().stream().filter(r -> !r.relisted()).toList();
		assertThat(unique).filteredOn(SampleEditionsTests::pending).hasSize(3);
		assertThat(unique.stream().filter(r -> !pending(r)).map(KpiRow::progressText).toList()).containsExactly("99.9％",
				"81.4％", "138.8％", "90.9％");
		assertThat(progressColumn(document)).isEqualTo(seed003ProgressColumn());
		assertThat(document.distribution().pending()).isEqualTo(3);
		assertThat(document.analysis().ja()).contains("昨年比べて8.3%低下");
	}

	@Test
	void sorachiFy2025Edition_isSeed004() {
		Edition r6 = first(2024);
		assertThat(r6.label()).isEqualTo("令和7年度版");
		ReportDocument document = editions.document(r6.id()).orElseThrow();
		List<KpiRow> unique = document.kpiList().rows().stream().filter(r -> !r.relisted()).toList();
		// the reference figures of DOMAIN.md, quoted from seed 004
		assertThat(unique.stream().map(KpiRow::progressText).toList()).containsExactly("－％", "99.9％", "82.9％", "197.7％",
				"－％", "－％", "90.9％");
		assertThat(document.distribution().unique()).isEqualTo(7);
		assertThat(document.distribution().shares()).extracting(ReportDocument.Share::tenths).containsExactly(2, 4, 4);
	}

	@Test
	void theKpiPagesKeepTheLaterFiguresOfR5() {
		long visitors = kpis.findByKey("sorachi-tantekko-visitors").orElseThrow().id();
		assertThat(kpis.findValue(visitors, FiscalYear.of(2023)).orElseThrow().actual().amount())
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("16215"));
	}

	@Test
	void theEditionsArePublicWithTheirFilesAndTheCatalogueListsThem() throws Exception {
		Edition r5 = first(2023);
		String page = mvc.perform(get("/editions/{id}", r5.id()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("令和6年度版", "集計中", "99.9％", "公共データ利用規約（第1.0版）(PDL1.0)", "BOM").doesNotContain("16,215");
		String organisation = mvc.perform(get("/organisations/{id}/editions", sorachi().ownerId()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(organisation).contains("令和6年度版", "令和7年度版");
		String json = mvc.perform(get("/open-data/catalogue.json"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"label\":\"令和6年度版\"", "/editions/" + r5.id() + "/files/", "PDL1.0");
		// the links never come from the request's Host header (the page cache would keep
		// a forged one for everybody)
		String forged = mvc.perform(get("/open-data/catalogue.json").header("Host", "evil.example"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(forged).doesNotContain("evil.example").contains("\"/editions/" + r5.id());
		String english = mvc.perform(get("/open-data?lang=en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("FY2024 edition", "FY2025 edition", "Public Data License");
	}

	static boolean pending(KpiRow row) {
		return row.actual() == null || row.actual().status() == Status.PENDING;
	}

	/** The edition's 進捗率 column as seed 003 prints it: 99.9%, or — where pending. */
	static List<String> progressColumn(ReportDocument document) {
		return document.kpiList()
			.rows()
			.stream()
			.map(r -> r.progressRate() == null ? "—" : r.progressText().replace('％', '%'))
			.toList();
	}

	/** The last column of seed 003's KPI list (評価指標（KPI）一覧), row by row. */
	static List<String> seed003ProgressColumn() throws IOException {
		String seed = seed("003_1da155572c01d96e.txt");
		List<String> column = new ArrayList<>();
		boolean inTable = false;
		for (String line : seed.split("\n")) {
			if (line.startsWith("プロジェクト名\t評価指標（KPI）")) {
				inTable = true;
				continue;
			}
			if (inTable && line.isBlank()) {
				break;
			}
			if (inTable) {
				String[] cells = line.split("\t");
				column.add(cells[cells.length - 1].strip());
			}
		}
		assertThat(column).hasSize(9);
		return column;
	}

	static String seed(String name) throws IOException {
		for (String dir : List.of("../shared/seeds", "../../shared/seeds")) {
			Path path = Path.of(dir, name);
			if (Files.exists(path)) {
				return Files.readString(path);
			}
		}
		Assumptions.abort("seed " + name + " not found");
		return null;
	}

}
