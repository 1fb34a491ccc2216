package jp.suishin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import jp.suishin.TestAccounts;
import jp.suishin.account.ApiTokens;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.Collection;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The write API and the collection through the API: the workflow of a year, who may do
 * what (sessions with CSRF, bearer tokens, the public, other organisations), and the
 * OpenAPI document against the handlers. Works on the fiscal year 2027 of Iwamizawa's
 * plan, which has no sample values, with accounts of its own ({@code apiw-…}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiWriteTests {

	static final String PLAN = "iwamizawa-regional-revitalization";

	static final FiscalYear YEAR = FiscalYear.of(2027);

	static final String DEPARTMENT = "APIW 商工労働課";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	CollectionRepository collections;

	@Autowired
	CollectingValues collecting;

	@Autowired
	ApiTokens tokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	TestAccounts accounts;

	Viewer planner;

	Viewer editor;

	@BeforeEach
	void accounts() {
		accounts = testAccounts;
		planner = accounts.account("apiw-planner", "iwamizawa", Role.PLANNER);
		editor = accounts.editor("apiw-editor", "iwamizawa", DEPARTMENT);
	}

	@Test
	void aPlanner_opensAYear_onceOnly_andReadsIt() {
		long id = collection();
		MvcTestResult again = write(mvc.post().uri("/api/v1/plans/{id}/collections", plan()), planner,
				"{\"fiscalYear\":\"2027\",\"deadline\":\"" + LocalDate.now().plusMonths(3) + "\"}");
		var errors = assertThat(again).hasStatus(422).bodyJson();
		errors.extractingPath("$.errors[*].field").asArray().containsExactly("fiscalYear");
		errors.extractingPath("$.errors[0].message").asString().contains("R9");
		assertThat(write(mvc.post().uri("/api/v1/plans/{id}/collections", plan()), planner,
				"{\"fiscalYear\":\"2026\",\"deadline\":\"someday\"}"))
			.hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("deadline");
		var json = assertThat(mvc.get().uri("/api/v1/collections/{id}", id).with(accounts.as(planner)).exchange())
			.hasStatusOk()
			.bodyJson();
		json.extractingPath("$.id").isEqualTo((int) id);
		json.extractingPath("$.fiscalYear.era").isEqualTo("R9");
		json.extractingPath("$.state").isEqualTo("OPEN");
		json.extractingPath("$.overdue").isEqualTo(false);
		json.extractingPath("$.items.length()").isEqualTo(kpis.findByPlan(plan()).size());
		json.extractingPath("$.progress[*].total").asArray().isNotEmpty();
	}

	@Test
	void aDepartmentEntersAndSubmits_thePlannerApproves_andTheValueIsLockedUntilReopened() {
		long id = collection();
		long kpi = assignedKpi("iwamizawa-total-income-per-person");
		var stored = assertThat(putValue(kpi, editor, "{\"value\":\"1,600\",\"status\":\"PRELIMINARY\"}")).hasStatusOk()
			.bodyJson();
		stored.extractingPath("$.display").isEqualTo("1,600千円");
		stored.extractingPath("$.status").isEqualTo("PRELIMINARY");
		stored.extractingPath("$.version").isEqualTo(1);
		stored.extractingPath("$.updatedBy").isEqualTo("apiw-editor");

		assertThat(valueYears(kpi, null)).doesNotContain("R9");
		assertThat(valueYears(kpi, planner)).contains("R9");
		assertThat(listedDisplays(kpi, null)).doesNotContain("1,600千円");
		assertThat(listedDisplays(kpi, planner)).anyMatch(d -> d.contains("1,600"));

		var mine = assertThat(mvc.get().uri("/api/v1/collections/{id}", id).with(accounts.as(editor)).exchange())
			.hasStatusOk()
			.bodyJson();
		mine.extractingPath("$.items[*].department").asArray().containsOnly(DEPARTMENT);
		mine.extractingPath("$.items[?(@.kpiId==" + kpi + ")].value.display").asArray().containsExactly("1,600千円");

		assertThat(step(id, kpi, "submit", editor, null)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.state")
			.isEqualTo("SUBMITTED");
		assertThat(putValue(kpi, editor, "{\"value\":\"1,700\",\"version\":1}")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("year");
		assertThat(step(id, kpi, "approve", planner, null)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.state")
			.isEqualTo("APPROVED");

		assertThat(putValue(kpi, editor, "{\"value\":\"1,700\",\"version\":1}")).hasStatus(409);
		assertThat(putValue(kpi, planner, "{\"value\":\"1,700\",\"version\":1}")).hasStatus(409);
		assertThat(step(id, kpi, "approve", planner, null)).hasStatus(409);
		assertThat(valueYears(kpi, null)).contains("R9");
		assertThat(write(mvc.post().uri("/api/v1/collections/{id}/lock", id), planner, null)).hasStatus(409);

		assertThat(step(id, kpi, "reopen", planner, "{}")).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("reason");
		assertThat(step(id, kpi, "reopen", planner, "{\"reason\":\"統計の訂正\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.state")
			.isEqualTo("REOPENED");
		assertThat(putValue(kpi, editor, "{\"value\":\"1,700\",\"version\":1}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.version")
			.isEqualTo(2);
	}

	@Test
	void aReturnedValue_carriesTheComment_andAStaleVersionIsAConflict() {
		long id = collection();
		long kpi = assignedKpi("iwamizawa-value-added-per-employee");
		assertThat(putValue(kpi, editor, "{\"value\":\"二十\"}")).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("value");
		assertThat(putValue(kpi, editor, "{\"value\":\"3,600\",\"version\":0}")).hasStatusOk();
		var conflict = assertThat(putValue(kpi, editor, "{\"value\":\"3,650\",\"version\":0}")).hasStatus(409)
			.bodyJson();
		conflict.extractingPath("$.errors[0].field").isEqualTo("value");
		conflict.extractingPath("$.detail").asString().contains("3,600千円");
		assertThat(kpis.findValue(kpi, YEAR).orElseThrow().actual().display(kpis.findById(kpi).orElseThrow().unit()))
			.isEqualTo("3,600千円");

		assertThat(step(id, kpi, "return", planner, "{\"comment\":\"出典を確認\"}")).hasStatus(409);
		assertThat(step(id, kpi, "submit", editor, null)).hasStatusOk();
		assertThat(step(id, kpi, "return", planner, "{\"comment\":\" \"}")).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("comment");
		assertThat(step(id, kpi, "return", planner, "{\"comment\":\"出典を確認してください\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.state")
			.isEqualTo("RETURNED");
		assertThat(mvc.get().uri("/api/v1/collections/{id}", id).with(accounts.as(editor)).exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[?(@.kpiId==" + kpi + ")].remark")
			.asArray()
			.containsExactly("出典を確認してください");
		assertThat(putValue(kpi, editor, "{\"value\":\"3,610\",\"version\":1}")).hasStatusOk();
	}

	@Test
	void renamingAKpiThroughTheApi_keepsTheTargetAndDefinitionItLeavesOut() {
		var before = kpis.findByKey("iwamizawa-shipments-per-employee").orElseThrow();
		assertThat(write(mvc.put().uri("/api/v1/kpis/{id}/definition", before.id()), planner, "{\"name\":\""
				+ before.name() + "（改称）\",\"direction\":\"" + before.direction().name() + "\",\"reason\":\"名称の統一\"}"))
			.hasStatus(204);
		var after = kpis.findById(before.id()).orElseThrow();
		assertThat(after.name()).isEqualTo(before.name() + "（改称）");
		assertThat(after.target()).usingRecursiveComparison()
			.withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
			.isEqualTo(before.target());
		assertThat(after.definition()).isEqualTo(before.definition());
		assertThat(kpis.targetRevisions(before.id())).as("no mid-term revision for a rename").isEmpty();
	}

	@Test
	void thePublic_isUnauthorised() {
		long id = collection();
		long kpi = kpi("iwamizawa-shipments-per-employee");
		assertThat(mvc.put()
			.uri("/api/v1/kpis/{id}/values/2027", kpi)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"1\"}")
			.exchange()).hasStatus(401);
		assertThat(mvc.post().uri("/api/v1/collections/{id}/kpis/{kpi}/submit", id, kpi).with(csrf()).exchange())
			.hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/collections/{id}", id).exchange()).hasStatus(401);
		assertThat(kpis.findValue(kpi, YEAR)).isEmpty();
	}

	@Test
	void aPlannerOfAnotherOrganisation_isForbiddenEverywhere() {
		long id = collection();
		long kpi = kpi("iwamizawa-shipments-per-employee");
		Viewer yubari = accounts.account("apiw-yubari-planner", "yubari", Role.PLANNER);
		assertThat(putValue(kpi, yubari, "{\"value\":\"1\"}")).hasStatus(403)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(403);
		assertThat(write(mvc.post().uri("/api/v1/plans/{id}/collections", plan()), yubari,
				"{\"fiscalYear\":\"2026\",\"deadline\":\"" + LocalDate.now().plusMonths(3) + "\"}"))
			.hasStatus(403);
		// A collection one may not read does not exist.
		assertThat(mvc.get().uri("/api/v1/collections/{id}", id).with(accounts.as(yubari)).exchange()).hasStatus(404);
		// nor do its steps
		assertThat(step(id, kpi, "submit", yubari, null)).hasStatus(404);
		assertThat(step(id, kpi, "return", yubari, "{\"comment\":\"x\"}")).hasStatus(404);
		assertThat(step(id, kpi, "approve", yubari, null)).hasStatus(404);
		assertThat(step(id, kpi, "reopen", yubari, "{\"reason\":\"x\"}")).hasStatus(404);
		assertThat(write(mvc.post().uri("/api/v1/collections/{id}/lock", id), yubari, null)).hasStatus(404);
		assertThat(kpis.findValue(kpi, YEAR)).isEmpty();
		assertThat(collections.find(plan(), FiscalYear.of(2026))).isEmpty();
	}

	@Test
	void aBearerToken_needsNoCsrf_andAWrongOneIsUnauthorised() {
		long id = collection();
		long kpi = kpi("iwamizawa-agricultural-output");
		String token = tokens.issue(planner.accountId(), "apiw", "test");
		assertThat(mvc.put()
			.uri("/api/v1/kpis/{id}/values/R9", kpi)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"集計中\",\"status\":\"PENDING\",\"expectedMonth\":\"7\"}")
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.expectedMonth").isEqualTo(7);
		assertThat(mvc.get()
			.uri("/api/v1/collections/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()).hasStatusOk();
		assertThat(mvc.put()
			.uri("/api/v1/kpis/{id}/values/2027", kpi)
			.header(HttpHeaders.AUTHORIZATION, "Bearer sui_not-a-token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"1\",\"version\":1}")
			.exchange()).hasStatus(401);
		assertThat(mvc.put()
			.uri("/api/v1/kpis/{id}/values/2027", kpi)
			.with(accounts.as(planner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"1\",\"version\":1}")
			.exchange()).hasStatus(403);
		assertThat(kpis.findValue(kpi, YEAR).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void unknownIds_areNotFound_andAnUnreadableBodyIsABadRequest() {
		long id = collection();
		assertThat(putValue(999999, planner, "{\"value\":\"1\"}")).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/collections/999999").with(accounts.as(planner)).exchange()).hasStatus(404);
		assertThat(write(mvc.post().uri("/api/v1/plans/999999/collections"), planner,
				"{\"fiscalYear\":\"2027\",\"deadline\":\"2099-01-01\"}"))
			.hasStatus(404);
		assertThat(step(id, 999999, "submit", planner, null)).hasStatus(404);
		assertThat(putValue(kpi("iwamizawa-shipments-per-employee"), planner, "{\"value\":")).hasStatus(400);
	}

	@Test
	void theOpenApiDocument_isPublic_andDocumentsExactlyTheHandlers() throws IOException {
		assertThat(mvc.get().uri("/api/openapi.yaml").exchange()).hasStatusOk().bodyText().contains("openapi: 3.1");
		Set<String> handled = new TreeSet<>();
		handlers.getHandlerMethods().keySet().forEach(info -> {
			for (String path : info.getPathPatternsCondition().getPatternValues()) {
				if (path.startsWith("/api/v1/")) {
					info.getMethodsCondition().getMethods().forEach(method -> handled.add(method.name() + " " + path));
				}
			}
		});
		Set<String> documented = new TreeSet<>();
		try (InputStream in = getClass().getResourceAsStream("/static/api/openapi.yaml")) {
			Map<String, Object> document = new Yaml().load(in);
			assertThat(document.get("openapi")).asString().startsWith("3.1");
			@SuppressWarnings("unchecked")
			Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
			paths.forEach((path, operations) -> operations.keySet()
				.stream()
				.filter(Set.of("get", "put", "post", "delete", "patch")::contains)
				.forEach(method -> documented.add(method.toUpperCase() + " " + path)));
		}
		assertThat(handled).hasSizeGreaterThanOrEqualTo(13);
		assertThat(documented).isEqualTo(handled);
	}

	/** The year's collection, opened through the API by the first test that needs it. */
	long collection() {
		return collections.find(plan(), YEAR).map(Collection::id).orElseGet(() -> {
			MvcTestResult result = write(mvc.post().uri("/api/v1/plans/{id}/collections", plan()), planner,
					"{\"fiscalYear\":2027,\"deadline\":\"" + LocalDate.now().plusMonths(3) + "\"}");
			assertThat(result).hasStatus(201);
			long id = ((Number) JsonPath.read(body(result), "$.id")).longValue();
			assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/v1/collections/" + id);
			return id;
		});
	}

	/** A KPI of the plan, with the test department in charge of it. */
	long assignedKpi(String key) {
		long kpi = kpi(key);
		collecting.assign(planner, kpi, accounts.department("iwamizawa", DEPARTMENT).id());
		return kpi;
	}

	MvcTestResult putValue(long kpi, Viewer viewer, String json) {
		return write(mvc.put().uri("/api/v1/kpis/{id}/values/{year}", kpi, YEAR.value()), viewer, json);
	}

	MvcTestResult step(long collection, long kpi, String step, Viewer viewer, String json) {
		return write(mvc.post().uri("/api/v1/collections/{id}/kpis/{kpi}/" + step, collection, kpi), viewer, json);
	}

	/** A write with the viewer's session and the session's CSRF token. */
	MvcTestResult write(MockMvcRequestBuilder request, Viewer viewer, String json) {
		request.with(accounts.as(viewer)).with(csrf());
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request.exchange();
	}

	/** The era labels of the KPI's values the reader sees ({@code null}: the public). */
	List<String> valueYears(long kpi, Viewer reader) {
		return JsonPath.read(body(read(mvc.get().uri("/api/v1/kpis/{id}", kpi), reader)), "$.values[*].year.era");
	}

	/** What the KPI list of 2027 shows of the KPI's values to the reader. */
	List<String> listedDisplays(long kpi, Viewer reader) {
		return JsonPath.read(body(read(mvc.get().uri("/api/v1/plans/{id}/kpi-list?year=2027", plan()), reader)),
				"$.rows[?(@.kpiId==" + kpi + ")].values[*].display");
	}

	MvcTestResult read(MockMvcRequestBuilder request, Viewer reader) {
		if (reader != null) {
			request.with(accounts.as(reader));
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return result;
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	long plan() {
		return plans.findByKey(PLAN).orElseThrow().id();
	}

	long kpi(String key) {
		return kpis.findByKey(key).orElseThrow().id();
	}

}
