package jp.suishin.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jp.suishin.TestAccounts;
import jp.suishin.account.ApiTokens;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.evaluation.ConfiguringEvaluation;
import jp.suishin.evaluation.EvaluatingPrograms;
import jp.suishin.evaluation.EvaluationSettings;
import jp.suishin.evaluation.EvaluationSheets;
import jp.suishin.evaluation.PersonnelCost;
import jp.suishin.evaluation.SheetForm;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every page, form and API call of the evaluation, on the Sorachi bureau's program 空知
 * アドベンチャートラベル推進事業 with a sheet of R6 in progress: the public is sent to sign in (401 on
 * the API), a planner of another organisation is refused (403, or 404 where it may not
 * know the sheet exists), a department editor of another department, a 課長 and a planner
 * are refused what is not theirs, and nothing changes (the sheet, the settings and the
 * plan's audit trail stay as they were); the right role then succeeds. The access-control
 * matrix leaves these endpoints to this test.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:evaluation-access;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationAccessTests {

	static final FiscalYear R6 = FiscalYear.of(2024);

	static final String NEEDLE = "評価中の目的テキスト";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	PlanRepository plans;

	@Autowired
	EvaluatingPrograms evaluating;

	@Autowired
	ConfiguringEvaluation configuring;

	@Autowired
	EvaluationSheets sheets;

	@Autowired
	EvaluationSettings settings;

	@Autowired
	AuditTrail audit;

	long plan;

	Program program;

	long departmentId;

	long firstStage;

	Viewer planner;

	Viewer department;

	Viewer otherDepartment;

	Viewer chief;

	Viewer stranger;

	Viewer administrator;

	@BeforeEach
	void sheetInProgress() {
		plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		PlanTree tree = plans.tree(plan).orElseThrow();
		program = tree.inReadingOrder()
			.stream()
			.flatMap(n -> tree.programs(n.id()).stream())
			.filter(p -> p.name().equals("空知アドベンチャートラベル推進事業"))
			.findFirst()
			.orElseThrow();
		planner = accounts.account("eva-planner", "sorachi-bureau", Role.PLANNER);
		department = accounts.editor("eva-department", "sorachi-bureau", "観光振興課");
		otherDepartment = accounts.editor("eva-other", "sorachi-bureau", "農務課");
		departmentId = accounts.department("sorachi-bureau", "観光振興課").id();
		chief = accounts.account("eva-chief", "sorachi-bureau", Role.SECTION_CHIEF);
		stranger = accounts.account("eva-stranger", "yubari", Role.PLANNER);
		administrator = accounts.administrator("eva-admin");
		firstStage = settings.stages().get(0).id();
		if (sheets.find(program.id(), R6).isEmpty()) {
			evaluating.open(planner, program.id(), R6, String.valueOf(departmentId));
			evaluating.edit(department, program.id(), R6, new SheetForm(NEEDLE, null, null, null,
					String.valueOf(departmentId), List.of(), List.of(), "1,000", "1,000", null, null, "0.1"));
		}
	}

	String state() {
		return sheets.find(program.id(), R6).orElseThrow() + "|" + sheets.find(program.id(), R6.previous()) + "|"
				+ settings.stages() + "|" + settings.personnelCost().map(PersonnelCost::text) + "|"
				+ audit.of(AuditSubject.plan(plan)).size();
	}

	@Test
	@Order(1)
	void everyEvaluationForm_isRefusedToWhoeverItIsNotFor_changingNothing() throws Exception {
		String before = state();
		String p = "/programs/" + program.id() + "/evaluation";
		Map<String, String> form = Map.ofEntries(Map.entry("year", "R6"), Map.entry("department", "" + departmentId),
				Map.entry("purpose", "乗っ取り"), Map.entry("programCost", "1,000"), Map.entry("generalFund", "1,000"),
				Map.entry("necessity", "4"), Map.entry("effectiveness", "4"), Map.entry("efficiency", "4"),
				Map.entry("direction", "continue"), Map.entry("reason", "乗っ取り"), Map.entry("name", "乗っ取り"),
				Map.entry("role", "PLANNER"), Map.entry("personnelCost", "1"));
		Map<String, Map<Viewer, List<Integer>>> refusals = Map.of(p,
				Map.of(stranger, List.of(403), department, List.of(403), chief, List.of(403)), p + "/sheet",
				Map.of(stranger, List.of(404), otherDepartment, List.of(403), chief, List.of(403)),
				p + "/stages/" + firstStage,
				Map.of(stranger, List.of(404), otherDepartment, List.of(403), chief, List.of(403), planner,
						List.of(403)),
				p + "/decision", Map.of(stranger, List.of(404), department, List.of(403), chief, List.of(403)),
				"/admin/evaluation/personnel-cost", Map.of(planner, List.of(403)), "/admin/evaluation/stages",
				Map.of(planner, List.of(403)), "/admin/evaluation/stages/" + firstStage, Map.of(planner, List.of(403)),
				"/admin/evaluation/stages/" + firstStage + "/remove", Map.of(planner, List.of(403)));
		for (var uri : refusals.entrySet()) {
			for (var who : uri.getValue().entrySet()) {
				MvcResult refused = mvc.perform(post(uri.getKey(), form).with(accounts.as(who.getKey())).with(csrf()))
					.andReturn();
				assertThat(refused.getResponse().getStatus()).as("%s by %s", uri.getKey(), who.getKey().login())
					.isIn(who.getValue());
			}
			MvcResult anonymous = mvc.perform(post(uri.getKey(), form).with(csrf())).andReturn();
			assertThat(anonymous.getResponse().getStatus()).as(uri.getKey()).isBetween(300, 399);
			assertThat(anonymous.getResponse().getRedirectedUrl()).as(uri.getKey()).endsWith("/login");
		}
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/evaluation").with(accounts.as(planner)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(state()).isEqualTo(before);

		// the sheet in progress: its readers see it, the public and another organisation
		// do not
		assertThat(page(planner)).contains(NEEDLE, "sheet-form-form");
		assertThat(page(department)).contains(NEEDLE, "stage-form-form", "sheet-form-form");
		// only a planner is offered to move the sheet to another department
		assertThat(page(planner)).contains("<select id=\"sheet-form-department\"")
			.doesNotContain("sheet-form-department-fixed");
		assertThat(page(department)).contains("sheet-form-department-fixed")
			.doesNotContain("<select id=\"sheet-form-department\"");
		assertThat(page(otherDepartment)).contains(NEEDLE).doesNotContain("stage-form-form", "sheet-form-form");
		assertThat(page(chief)).contains(NEEDLE).doesNotContain("stage-form-form", "sheet-form-form");
		assertThat(page(stranger)).doesNotContain(NEEDLE, "sheet-form-form", "open-sheet-form");
		assertThat(page(null)).doesNotContain(NEEDLE).contains("空知アドベンチャートラベル推進事業");
		String english = mvc
			.perform(MockMvcRequestBuilders.get("/programs/" + program.id() + "?year=R6&lang=en")
				.with(accounts.as(department)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("Program evaluation sheet (FY R6)", "Program cost", "Complete &quot;担当評価&quot;")
			.doesNotContain("事業費とフルコスト");

		// the right role succeeds: the planner opens R5's sheet, the administrator sets
		// the
		// average personnel cost
		MvcResult opened = mvc
			.perform(post(p, Map.of("year", "R5", "department", "" + departmentId)).with(accounts.as(planner))
				.with(csrf()))
			.andReturn();
		assertThat(opened.getResponse().getRedirectedUrl()).contains("/programs/" + program.id() + "?year=R5");
		assertThat(sheets.find(program.id(), R6.previous())).isPresent();
		mvc.perform(post("/admin/evaluation/personnel-cost", Map.of("personnelCost", "7,500"))
			.with(accounts.as(administrator))
			.with(csrf())).andReturn();
		assertThat(settings.personnelCost().map(PersonnelCost::text)).contains("7,500千円");
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/evaluation").with(accounts.as(administrator)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("課長評価", "7,500千円");
	}

	@Test
	@Order(2)
	void everyEvaluationApiCall_isRefusedToWhoeverItIsNotFor_changingNothing() throws Exception {
		String before = state();
		String api = "/api/v1/programs/" + program.id() + "/evaluations";
		String strangerToken = tokens.issue(stranger.accountId(), "eva-stranger", "test");
		String otherToken = tokens.issue(otherDepartment.accountId(), "eva-other", "test");
		String chiefToken = tokens.issue(chief.accountId(), "eva-chief", "test");
		String sheetBody = """
				{"purpose": "乗っ取り", "department": "%d", "programCost": "1,000", "generalFund": "1,000"}"""
			.formatted(departmentId);
		String stageBody = """
				{"necessity": "4", "effectiveness": "4", "efficiency": "4", "direction": "continue", "reason": "x"}""";
		String decisionBody = """
				{"direction": "continue", "reason": "x"}""";
		List<Object[]> calls = List.of(
				new Object[] { "POST " + api, "{\"year\": \"R4\", \"department\": \"" + departmentId + "\"}",
						Map.of(strangerToken, 403, otherToken, 403, chiefToken, 403) },
				new Object[] { "PUT " + api + "/R6", sheetBody,
						Map.of(strangerToken, 404, otherToken, 403, chiefToken, 403) },
				new Object[] { "POST " + api + "/R6/stages/" + firstStage, stageBody,
						Map.of(strangerToken, 404, otherToken, 403, chiefToken, 403) },
				new Object[] { "PUT " + api + "/R6/decision", decisionBody,
						Map.of(strangerToken, 404, otherToken, 403, chiefToken, 403) });
		for (Object[] call : calls) {
			String[] endpoint = ((String) call[0]).split(" ");
			@SuppressWarnings("unchecked")
			Map<String, Integer> expected = (Map<String, Integer>) call[2];
			for (var who : expected.entrySet()) {
				int status = mvc
					.perform(request(endpoint).contentType(MediaType.APPLICATION_JSON)
						.content((String) call[1])
						.header(HttpHeaders.AUTHORIZATION, "Bearer " + who.getKey()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as("%s %s", call[0], call[1]).isEqualTo(who.getValue());
			}
			int anonymous = mvc
				.perform(request(endpoint).contentType(MediaType.APPLICATION_JSON)
					.content((String) call[1])
					.header(HttpHeaders.AUTHORIZATION, "Bearer sui_guessed"))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(anonymous).isEqualTo(401);
		}
		assertThat(state()).isEqualTo(before);
		// reading: the sheet in progress is not there for the public and another
		// organisation, it is for its readers
		assertThat(mvc.perform(MockMvcRequestBuilders.get(api + "/R6")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc
			.perform(MockMvcRequestBuilders.get(api + "/R6")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + strangerToken))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc
			.perform(MockMvcRequestBuilders.get(api + "/R6").header(HttpHeaders.AUTHORIZATION, "Bearer " + chiefToken))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains(NEEDLE);
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/evaluation-stages"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("DEPARTMENT_EDITOR", "SECTION_CHIEF");

		// the right role succeeds: the department completes its stage; out of order is
		// 422
		String departmentToken = tokens.issue(department.accountId(), "eva-department", "test");
		MvcResult early = mvc
			.perform(MockMvcRequestBuilders.post(api + "/R6/stages/" + settings.stages().get(1).id())
				.contentType(MediaType.APPLICATION_JSON)
				.content(stageBody)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + chiefToken))
			.andReturn();
		assertThat(early.getResponse().getStatus()).isEqualTo(422);
		assertThat(early.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("stage", "担当評価");
		assertThat(mvc
			.perform(MockMvcRequestBuilders.post(api + "/R6/stages/" + firstStage)
				.contentType(MediaType.APPLICATION_JSON)
				.content(stageBody)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + departmentToken))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);
		assertThat(sheets.find(program.id(), R6).orElseThrow().stages()).hasSize(1);
	}

	String page(Viewer viewer) throws Exception {
		MockHttpServletRequestBuilder get = MockMvcRequestBuilders.get("/programs/" + program.id() + "?year=R6");
		if (viewer != null) {
			get.with(accounts.as(viewer));
		}
		MvcResult result = mvc.perform(get).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static MockHttpServletRequestBuilder request(String[] endpoint) {
		return MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint[0]), endpoint[1]);
	}

	static MockHttpServletRequestBuilder post(String uri, Map<String, String> form) {
		MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(uri);
		form.forEach(post::param);
		return post;
	}

}
