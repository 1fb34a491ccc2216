package jp.suishin.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.CollectingValues;
import jp.suishin.document.ReportDocument;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Publishing a year of the Sorachi policy (R4, which the sample data never published) and
 * correcting it: the first edition keeps its document and its files byte for byte, the
 * correction shows the new value and its note, the first says it was superseded; the
 * downloads are attachments; only the owner's planners publish. A context of its own: it
 * changes a value.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingEditionTests {

	static final FiscalYear R4 = FiscalYear.of(2022);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	RecordingActualValue recording;

	@Autowired
	EditionRepository editions;

	@Autowired
	PublishingEdition publishing;

	@Autowired
	CollectingValues collecting;

	@Autowired
	AuditTrail audit;

	Viewer planner;

	Viewer outsider;

	Plan plan;

	@BeforeAll
	void accounts() {
		planner = accounts.account("pe-planner", "sorachi-bureau", Role.PLANNER);
		outsider = accounts.account("pe-outsider", "iwamizawa", Role.PLANNER);
		plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow();
	}

	@Test
	void aCorrectionLeavesTheFirstEditionAsPublishedAndShowsTheNewValueAndItsNote() throws Exception {
		long first = publish(null);
		ReportDocument firstDocument = editions.document(first).orElseThrow();
		Map<String, byte[]> firstFiles = files(first);
		assertThat(firstFiles.keySet()).anyMatch(n -> n.endsWith(".pdf"))
			.anyMatch(n -> n.endsWith(".xlsx"))
			.anyMatch(n -> n.endsWith(".csv"))
			.anyMatch(n -> n.endsWith(".json"));
		assertThat(firstDocument.cover().edition().label()).isEqualTo("令和5年度版");
		assertThat(text(firstDocument)).contains("60.3％").doesNotContain("60.5％");

		long kpi = kpis.findByKey("sorachi-new-graduates").orElseThrow().id();
		assertThat(recording.record(new ValueEntry(kpi, "R4", "60.5％", null, null, null, null), "pe-planner"))
			.isInstanceOf(RecordingOutcome.Recorded.class);

		// a second edition of the year without a note is refused, in Japanese
		MvcResult refused = mvc
			.perform(
					post("/plans/{id}/editions", plan.id()).param("year", "R4").with(csrf()).with(accounts.as(planner)))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + plan.id() + "/editions");
		assertThat((String) refused.getFlashMap().get("refused")).contains("正誤");
		assertThat(editions.ofPlanYear(plan.id(), R4)).hasSize(1);

		long second = publish("新規高卒者管内企業就職率のR4実績を60.3％から60.5％に訂正");

		assertThat(editions.document(first).orElseThrow()).isEqualTo(firstDocument);
		Map<String, byte[]> after = files(first);
		assertThat(after.keySet()).isEqualTo(firstFiles.keySet());
		after.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(firstFiles.get(name)));
		ReportDocument correction = editions.document(second).orElseThrow();
		assertThat(correction.cover().edition().label()).isEqualTo("令和5年度版（第2版・正誤）");
		assertThat(correction.cover().edition().correctionNote()).contains("60.5％に訂正");
		assertThat(text(correction)).contains("60.5％");
		assertThat(editions.findById(first).orElseThrow().supersededBy()).isEqualTo(second);
		assertThat(audit.of(AuditSubject.plan(plan.id()))).extracting(e -> e.action())
			.contains(AuditAction.EDITION_PUBLISHED, AuditAction.EDITION_CORRECTED);

		String firstPage = page("/editions/" + first);
		assertThat(firstPage).contains("id=\"superseded\"", "href=\"/editions/" + second + "\"", "60.3％")
			.doesNotContain("60.5％");
		String secondPage = page("/editions/" + second);
		assertThat(secondPage).contains("60.5％", "60.3％から60.5％に訂正", "href=\"/editions/" + first + "\"")
			.doesNotContain("id=\"superseded\"");
		assertThat(page("/editions/" + first + "?lang=en")).contains("superseded", "FY2023 edition");
	}

	@Test
	void downloadsAreAttachmentsWithTheirRealTypeAndNosniff() throws Exception {
		long id = editions.ofPlan(plan.id()).get(0).id();
		for (EditionFile file : editions.filesOf(List.of(id)).get(id)) {
			MvcResult result = mvc.perform(get("/editions/{id}/files/{name}", id, file.name())).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
				.isEqualTo("attachment; filename=\"" + file.name() + "\"");
			assertThat(result.getResponse().getContentType()).isEqualToIgnoringWhitespace(file.contentType());
			assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(result.getResponse().getContentAsByteArray())
				.isEqualTo(editions.file(id, file.name()).orElseThrow().bytes());
		}
		assertThat(mvc.perform(get("/editions/{id}/files/{name}", id, "nothing.pdf"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aPlannerOfAnotherOrganisationCannotPublishThePlan() throws Exception {
		int before = editions.ofPlan(plan.id()).size();
		MvcResult result = mvc.perform(
				post("/plans/{id}/editions", plan.id()).param("year", "R3").with(csrf()).with(accounts.as(outsider)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(editions.ofPlan(plan.id())).hasSize(before);
		MvcResult publicly = mvc.perform(post("/plans/{id}/editions", plan.id()).param("year", "R3").with(csrf()))
			.andReturn();
		assertThat(publicly.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(editions.ofPlan(plan.id())).hasSize(before);
	}

	@Test
	void aYearUnderCollectionIsNotPublishedUntilItIsLocked() throws Exception {
		Plan iwamizawa = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow();
		Viewer own = accounts.account("pe-iwamizawa", "iwamizawa", Role.PLANNER);
		assertThat(collecting.open(own, iwamizawa.id(), "2021", LocalDate.now().plusDays(30).toString()).problems())
			.isEmpty();
		MvcResult refused = mvc.perform(
				post("/plans/{id}/editions", iwamizawa.id()).param("year", "2021").with(csrf()).with(accounts.as(own)))
			.andReturn();
		assertThat((String) refused.getFlashMap().get("refused")).contains("R3", "確定");
		assertThat(editions.ofPlan(iwamizawa.id())).isEmpty();
		// the public pages list published editions only
		assertThat(page("/plans/" + iwamizawa.id() + "/editions")).contains("公表版はまだありません");
		assertThat(page("/open-data")).doesNotContain("data-plan=\"iwamizawa-regional-revitalization\"");
	}

	@Test
	void anEditionHoldsPublishedValuesOnly_neverAWorkingValueOfAYearStillUnderCollection() throws Exception {
		Plan iwamizawa = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow();
		Viewer own = accounts.account("pe-iwamizawa-2", "iwamizawa", Role.PLANNER);
		assertThat(collecting.open(own, iwamizawa.id(), "2023", LocalDate.now().plusDays(30).toString()).problems())
			.isEmpty();
		long kpi = kpis.findByKey("iwamizawa-total-income-per-person").orElseThrow().id();
		assertThat(recording.record(new ValueEntry(kpi, "2023", "2,345,678", null, null, null, null), "pe-iwamizawa-2"))
			.isInstanceOf(RecordingOutcome.Recorded.class);

		Edition edition = publishing.publish(own, iwamizawa.id(), FiscalYear.of(2024), null, LocalDate.now());

		ReportDocument document = editions.document(edition.id()).orElseThrow();
		assertThat(document.kpiList().columns()).contains(2023);
		assertThat(text(document)).doesNotContain("2,345,678");
		assertThat(page("/editions/" + edition.id())).doesNotContain("2,345,678");
		for (EditionFile file : editions.filesOf(List.of(edition.id())).get(edition.id())) {
			if (file.contentType().startsWith("text/") || file.contentType().contains("json")) {
				assertThat(new String(editions.file(edition.id(), file.name()).orElseThrow().bytes(),
						StandardCharsets.UTF_8))
					.as(file.name())
					.doesNotContain("2,345,678", "2345678");
			}
		}
	}

	long publish(String note) throws Exception {
		var request = post("/plans/{id}/editions", plan.id()).param("year", "R4")
			.with(csrf())
			.with(accounts.as(planner));
		if (note != null) {
			request.param("correctionNote", note);
		}
		MvcResult result = mvc.perform(request).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("%s", result.getFlashMap()).startsWith("/editions/");
		return Long.parseLong(location.substring("/editions/".length()));
	}

	Map<String, byte[]> files(long id) {
		return editions.filesOf(List.of(id))
			.get(id)
			.stream()
			.collect(Collectors.toMap(EditionFile::name, f -> editions.file(id, f.name()).orElseThrow().bytes()));
	}

	String page(String uri) throws Exception {
		MvcResult result = mvc.perform(get(uri)).andReturn();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static String text(ReportDocument document) {
		return document.kpiList()
			.rows()
			.stream()
			.flatMap(r -> r.values().stream())
			.filter(v -> v != null)
			.map(ReportDocument.Figure::text)
			.collect(Collectors.joining(" "));
	}

}
