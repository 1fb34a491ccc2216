package jp.suishin.logicmodel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.account.ApiTokens;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.logicmodel.EditingLogicModels;
import jp.suishin.logicmodel.LogicElement;
import jp.suishin.logicmodel.LogicElementForm;
import jp.suishin.logicmodel.LogicModelRecords;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every page, form and API call of the logic models, on Iwamizawa's plan: the model is
 * public to read (page, SVG, API); to write it, a planner of another organisation, a
 * reviewer, a department editor and an expert of Iwamizawa get 403 or 404, the public is
 * sent to sign in (401 on the API), and nothing changes (the elements and the plan's
 * audit trail stay as they were); Iwamizawa's own planner writes, on the page and with a
 * bearer token. The access-control matrix leaves these endpoints to this test
 * ({@code LOGIC_MODEL_CHECKED_ELSEWHERE}).
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:logic-model-access;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@AutoConfigureMockMvc
class LogicModelAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	PlanRepository plans;

	@Autowired
	LogicModelRecords records;

	@Autowired
	EditingLogicModels editing;

	@Autowired
	AuditTrail audit;

	long plan;

	Program program;

	Program other;

	Viewer owner;

	List<Viewer> refused;

	@BeforeEach
	void iwamizawa() {
		plan = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		PlanTree tree = plans.tree(plan).orElseThrow();
		List<Program> programs = tree.inReadingOrder()
			.stream()
			.flatMap(node -> tree.programs(node.id()).stream())
			.toList();
		program = programs.get(0);
		other = programs.get(1);
		owner = accounts.account("lma-owner", "iwamizawa", Role.PLANNER);
		refused = List.of(accounts.account("lma-stranger", "yubari", Role.PLANNER),
				accounts.account("lma-reviewer", "iwamizawa", Role.REVIEWER),
				accounts.editor("lma-editor", "iwamizawa", "農政課"),
				accounts.account("lma-expert", "iwamizawa", Role.EXPERT));
		for (Program p : programs.subList(0, 2)) {
			records.elements(p.id()).forEach(e -> records.remove(e.id()));
		}
	}

	@Test
	void everyWriteOnThePages_isRefusedToAllButThePlanOwnersPlanner_changingNothing() throws Exception {
		long element = editing.add(owner, program.id(), new LogicElementForm("activity", "スマート農業の実証", null));
		editing.add(owner, program.id(), new LogicElementForm("activity", "研修会", null));
		String before = state();

		String base = "/programs/" + program.id() + "/logic-model/elements";
		List<String> posts = List.of(base, base + "/" + element, base + "/" + element + "/up",
				base + "/" + element + "/down", base + "/" + element + "/remove");
		for (String uri : posts) {
			for (Viewer viewer : refused) {
				MvcTestResult result = mvc.post()
					.uri(uri)
					.param("stage", "output")
					.param("text", "乗っ取り")
					.with(accounts.as(viewer))
					.with(csrf())
					.exchange();
				assertThat(result.getResponse().getStatus()).as(uri + " " + viewer.login()).isIn(403, 404);
			}
			assertThat(mvc.post().uri(uri).param("stage", "output").param("text", "乗っ取り").with(csrf()).exchange())
				.as(uri)
				.hasStatus3xxRedirection()
				.redirectedUrl()
				.endsWith("/login");
			// without the CSRF token even the owner is refused
			assertThat(mvc.post().uri(uri).param("text", "x").with(accounts.as(owner)).exchange()).as(uri)
				.hasStatus(403);
		}
		// an element of one program under another program's URL is not found
		assertThat(mvc.post()
			.uri("/programs/" + other.id() + "/logic-model/elements/" + element + "/remove")
			.with(accounts.as(owner))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(state()).isEqualTo(before);

		// the owner's planner writes
		assertThat(mvc.post()
			.uri(base)
			.param("stage", "output")
			.param("text", "実証参加農家数")
			.param("kpi", "")
			.with(accounts.as(owner))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection().flash().containsKey("saved");
		assertThat(mvc.post().uri(base + "/" + element + "/down").with(accounts.as(owner)).with(csrf()).exchange())
			.hasStatus3xxRedirection();
		assertThat(records.elements(program.id())).extracting(LogicElement::text)
			.containsExactly("研修会", "スマート農業の実証", "実証参加農家数");
	}

	@Test
	void thePageAndTheDrawing_arePublic_withTheFormsForThePlannerOnly() throws Exception {
		editing.add(owner, program.id(), new LogicElementForm("input", "実証機器 <script>", null));
		String page = "/programs/" + program.id() + "/logic-model";

		for (Viewer viewer : refused) {
			assertThat(mvc.get().uri(page).with(accounts.as(viewer)).exchange()).hasStatusOk()
				.bodyText()
				.contains("実証機器 &lt;script&gt;", "<svg")
				.doesNotContain("add-element-form", "<script>");
		}
		assertThat(mvc.get().uri(page).exchange()).hasStatusOk().bodyText().doesNotContain("add-element-form");
		assertThat(mvc.get().uri(page).with(accounts.as(owner)).exchange()).hasStatusOk()
			.bodyText()
			.contains("add-element-form", "ロジックモデル：農業ＤＸ推進事業");
		MvcTestResult svg = mvc.get().uri(page + ".svg").exchange();
		assertThat(svg).hasStatusOk().hasContentTypeCompatibleWith("image/svg+xml");
		assertThat(svg.getResponse().getContentAsString()).startsWith("<?xml").contains("実証機器 &lt;script&gt;");
		// a model without elements has no drawing; an unknown program is not found
		assertThat(mvc.get().uri("/programs/" + other.id() + "/logic-model.svg").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/programs/99999999/logic-model").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/programs/" + program.id() + "/logic-model").exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.elements[0].text")
			.isEqualTo("実証機器 <script>");
	}

	@Test
	void everyWriteOnTheApi_isRefusedToAllButThePlanOwnersPlanner_changingNothing() throws Exception {
		long element = editing.add(owner, program.id(), new LogicElementForm("activity", "スマート農業の実証", null));
		String before = state();
		String base = "/api/v1/programs/" + program.id() + "/logic-model/elements";
		String body = "{\"stage\":\"output\",\"text\":\"乗っ取り\",\"step\":1}";

		for (Viewer viewer : refused) {
			String token = tokens.issue(viewer.accountId(), "lma", "test");
			for (MvcTestResult result : List.of(
					mvc.post()
						.uri(base)
						.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
						.contentType(MediaType.APPLICATION_JSON)
						.content(body)
						.exchange(),
					mvc.put()
						.uri(base + "/" + element)
						.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
						.contentType(MediaType.APPLICATION_JSON)
						.content(body)
						.exchange(),
					mvc.post()
						.uri(base + "/" + element + "/move")
						.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
						.contentType(MediaType.APPLICATION_JSON)
						.content(body)
						.exchange(),
					mvc.delete()
						.uri(base + "/" + element)
						.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
						.exchange())) {
				assertThat(result.getResponse().getStatus()).as(viewer.login()).isIn(403, 404);
				assertThat(result.getResponse().getContentType()).contains("application/problem+json");
			}
		}
		for (MvcTestResult result : List.of(
				mvc.post().uri(base).contentType(MediaType.APPLICATION_JSON).content(body).exchange(),
				mvc.put().uri(base + "/" + element).contentType(MediaType.APPLICATION_JSON).content(body).exchange(),
				mvc.delete().uri(base + "/" + element).exchange())) {
			assertThat(result.getResponse().getStatus()).isIn(401, 403);
		}
		assertThat(state()).isEqualTo(before);

		// the owner's planner, with a token
		String token = tokens.issue(owner.accountId(), "lma-owner", "test");
		MvcTestResult created = mvc.post()
			.uri(base)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"stage\":\"long-term\",\"text\":\"市民の所得が向上する\",\"kpi\":\"iwamizawa-total-income-per-person\"}")
			.exchange();
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.kpi.unit").isEqualTo("千円");
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).contains(base + "/");
		// bad input: 422 with the problems per field, in Japanese, nothing stored
		MvcTestResult invalid = mvc.post()
			.uri(base)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"stage\":\"impact\",\"text\":\"\",\"kpi\":\"no-such-kpi\"}")
			.exchange();
		assertThat(invalid).hasStatus(422);
		assertThat(invalid).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("stage", "text", "kpi");
		assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("評価指標「no-such-kpi」は、この計画の評価指標ではありません。");
		assertThat(mvc.put()
			.uri(base + "/" + element)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"stage\":\"activity\",\"text\":\"スマート農業の実証（拡大）\"}")
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.text").isEqualTo("スマート農業の実証（拡大）");
		assertThat(
				mvc.delete().uri(base + "/" + element).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange())
			.hasStatus(204);
		assertThat(records.elements(program.id())).extracting(LogicElement::text).containsExactly("市民の所得が向上する");
	}

	String state() {
		return records.elements(program.id()) + "|" + records.elements(other.id()) + "|"
				+ audit.of(AuditSubject.plan(plan)).size();
	}

}
