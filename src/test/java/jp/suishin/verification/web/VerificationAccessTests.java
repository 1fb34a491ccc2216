package jp.suishin.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;

import jp.suishin.TestAccounts;
import jp.suishin.account.ApiTokens;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import jp.suishin.verification.GivingOpinions;
import jp.suishin.verification.OpinionForm;
import jp.suishin.verification.RespondingToOpinions;
import jp.suishin.verification.VerificationRecords;
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
 * Every page, form and API call of a plan's verification, on the Sorachi bureau's plan:
 * the public is sent to sign in (or told on the API that there is nothing, or that it
 * must sign in to write), a planner of another organisation is told the verification does
 * not exist, a department editor of the same organisation reads but writes nothing, an
 * expert gives opinions but writes no response, follow-up or form — and nothing changes
 * for any of them; the owner's planner and expert succeed. The access-control matrix
 * leaves these endpoints to this test.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:verification-access;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@AutoConfigureMockMvc
class VerificationAccessTests {

	static final FiscalYear R5 = FiscalYear.of(2023);

	static final FiscalYear R6 = FiscalYear.of(2024);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	VerificationRecords records;

	@Autowired
	GivingOpinions giving;

	@Autowired
	RespondingToOpinions responding;

	@Autowired
	AuditTrail audit;

	long plan;

	long kpi;

	long opinion;

	long responded;

	Viewer planner;

	Viewer expert;

	Viewer editor;

	Viewer stranger;

	@BeforeEach
	void sorachi() {
		plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		kpi = kpis.findByKey("sorachi-cultivated-area").orElseThrow().id();
		planner = accounts.account("va-planner", "sorachi-bureau", Role.PLANNER);
		expert = accounts.account("va-expert", "sorachi-bureau", Role.EXPERT);
		editor = accounts.editor("va-editor", "sorachi-bureau", "VA 農務課");
		stranger = accounts.account("va-stranger", "yubari", Role.PLANNER);
		opinion = giving.give(expert, plan, R6, new OpinionForm("kpi:" + kpi, null, "2024-10-15", "元の意見"));
		responded = giving.give(expert, plan, R5, new OpinionForm("plan", null, "2023-10-20", "前年の意見"));
		responding.respond(planner, responded, "元の対応方針");
	}

	@Test
	void everyPageAndForm_isRefusedToThoseWithoutTheRight_changingNothing_andWorksForTheOwners() {
		String state = state();
		String page = "/plans/" + plan + "/verification";
		assertThat(mvc.get().uri(page + "?year=R6").exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(page + "?year=R6").with(accounts.as(stranger)).exchange()).hasStatus(404);
		for (Viewer reader : List.of(editor, expert, planner)) {
			assertThat(mvc.get().uri(page + "?year=R6").with(accounts.as(reader)).exchange()).as(reader.login())
				.hasStatusOk()
				.bodyText()
				.contains("元の意見", "空知の耕作面積の維持", "113,500ha");
		}
		// the plan page links to it for the owner's working readers only (the public's
		// rendering is the cached one)
		String link = "id=\"plan-verification-link\"";
		assertThat(mvc.get().uri("/plans/" + plan).exchange()).hasStatusOk().bodyText().doesNotContain(link);
		assertThat(mvc.get().uri("/plans/" + plan).with(accounts.as(stranger)).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain(link);
		assertThat(mvc.get().uri("/plans/" + plan).with(accounts.as(expert)).exchange()).hasStatusOk()
			.bodyText()
			.contains(link);
		// in English, with the labels' apostrophes as written
		assertThat(mvc.get().uri(page + "?year=R6&lang=en").with(accounts.as(planner)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Experts&#39; opinions on the results of R6", "Effect verification of R6",
					"Opinions of the previous year (R5) and their follow-up");
		Map<String, List<Viewer>> refused = Map.of(page + "/opinions", List.of(stranger, editor),
				page + "/opinions/" + opinion, List.of(stranger, editor), page + "/opinions/" + opinion + "/remove",
				List.of(stranger, editor), page + "/opinions/" + opinion + "/response",
				List.of(stranger, editor, expert), page + "/opinions/" + responded + "/follow-up",
				List.of(stranger, editor, expert), page + "/effects/" + kpi, List.of(stranger, editor, expert));
		refused.forEach((uri, viewers) -> {
			for (Viewer viewer : viewers) {
				MvcTestResult answer = mvc.post()
					.uri(uri)
					.param("year", "R6")
					.param("subject", "plan")
					.param("expert", "乗っ取り")
					.param("givenOn", "2024-10-15")
					.param("text", "乗っ取り")
					.param("response", "乗っ取り")
					.param("followUp", "done")
					.param("effect", "effective")
					.with(accounts.as(viewer))
					.with(csrf())
					.exchange();
				assertThat(answer.getResponse().getStatus()).as(uri + " " + viewer.login()).isIn(403, 404);
			}
			assertThat(mvc.post().uri(uri).param("year", "R6").with(csrf()).exchange()).as(uri)
				.hasStatus3xxRedirection();
		});
		// an opinion of the plan under another plan's URL is not found
		long other = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		assertThat(mvc.post()
			.uri("/plans/" + other + "/verification/opinions/" + opinion + "/response")
			.param("response", "別の計画から")
			.with(accounts.as(planner))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(state()).isEqualTo(state);

		// the owner's expert gives an opinion, its planner responds
		assertThat(mvc.post()
			.uri(page + "/opinions")
			.param("year", "R6")
			.param("subject", "plan")
			.param("givenOn", "2024-10-16")
			.param("text", "ページからの意見")
			.with(accounts.as(expert))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(records.opinions(plan, R6)).extracting(o -> o.text()).contains("ページからの意見");
		assertThat(mvc.post()
			.uri(page + "/opinions/" + opinion + "/response")
			.param("response", "ページからの対応方針")
			.with(accounts.as(planner))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(records.opinion(opinion).orElseThrow().response()).isEqualTo("ページからの対応方針");
	}

	@Test
	void everyApiCall_isRefusedToThoseWithoutTheRight_changingNothing_andWorksForTheOwners() {
		String state = state();
		Map<Viewer, String> token = Map.of(planner, tokens.issue(planner.accountId(), "va-p", "test"), expert,
				tokens.issue(expert.accountId(), "va-e", "test"), editor,
				tokens.issue(editor.accountId(), "va-d", "test"), stranger,
				tokens.issue(stranger.accountId(), "va-s", "test"));
		String year = "/api/v1/plans/" + plan + "/verification?year=R6";
		assertThat(mvc.get().uri(year).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/opinions/" + opinion).exchange()).hasStatus(404);
		assertThat(get(year, token.get(stranger))).hasStatus(404);
		assertThat(get("/api/v1/opinions/" + opinion, token.get(stranger))).hasStatus(404);
		assertThat(get(year, token.get(editor))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.opinions[0].text")
			.isEqualTo("元の意見");

		String body = "{\"year\":\"R6\",\"subject\":\"plan\",\"expert\":\"乗っ取り\",\"givenOn\":\"2024-10-15\","
				+ "\"text\":\"乗っ取り\",\"response\":\"乗っ取り\",\"status\":\"done\",\"effect\":\"effective\"}";
		record Write(String method, String uri, List<Viewer> refused) {
		}
		List<Write> writes = List.of(
				new Write("POST", "/api/v1/plans/" + plan + "/opinions", List.of(stranger, editor)),
				new Write("PUT", "/api/v1/opinions/" + opinion, List.of(stranger, editor)),
				new Write("DELETE", "/api/v1/opinions/" + opinion, List.of(stranger, editor)),
				new Write("PUT", "/api/v1/opinions/" + opinion + "/response", List.of(stranger, editor, expert)),
				new Write("PUT", "/api/v1/opinions/" + responded + "/follow-up", List.of(stranger, editor, expert)),
				new Write("PUT", "/api/v1/plans/" + plan + "/effects/R6/kpis/" + kpi,
						List.of(stranger, editor, expert)));
		for (Write write : writes) {
			for (Viewer viewer : write.refused()) {
				assertThat(write(write.method(), write.uri(), token.get(viewer), body).getResponse().getStatus())
					.as(write + " " + viewer.login())
					.isIn(403, 404);
			}
			// the public: not signed in (401), or without the CSRF token a session would
			// need (403)
			assertThat(write(write.method(), write.uri(), null, body).getResponse().getStatus()).as(write.uri())
				.isIn(401, 403);
		}
		assertThat(state()).isEqualTo(state);

		assertThat(write("POST", "/api/v1/plans/" + plan + "/opinions", token.get(expert),
				"{\"year\":\"R6\",\"subject\":\"kpi:" + kpi + "\",\"givenOn\":\"2024-10-17\",\"text\":\"APIからの意見\"}"))
			.hasStatus(201)
			.bodyJson()
			.extractingPath("$.id")
			.isNotNull();
		assertThat(write("PUT", "/api/v1/plans/" + plan + "/effects/R6/kpis/" + kpi, token.get(planner),
				"{\"effect\":\"effective\",\"policy\":\"continue\",\"policyReason\":\"維持を図る。\"}"))
			.hasStatus(204);
		assertThat(records.effect(plan, R6, kpi).orElseThrow().policyReason()).isEqualTo("維持を図る。");
		// bad input on the API: 422 with the problem per field, nothing stored
		assertThat(write("PUT", "/api/v1/opinions/" + responded + "/follow-up", token.get(planner),
				"{\"status\":\"finished\"}"))
			.hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("followUp");
		assertThat(records.opinion(responded).orElseThrow().followUp()).isNull();
	}

	private MvcTestResult get(String uri, String token) {
		return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	private MvcTestResult write(String method, String uri, String token, String body) {
		var request = switch (method) {
			case "POST" -> mvc.post().uri(uri);
			case "PUT" -> mvc.put().uri(uri);
			default -> mvc.delete().uri(uri);
		};
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	/** The plan's opinions of R5 and R6, its effect form of R6 and its audit trail. */
	private String state() {
		return records.opinions(plan, R5) + "|" + records.opinions(plan, R6) + "|" + records.effects(plan, R6) + "|"
				+ audit.of(AuditSubject.plan(plan)).size();
	}

}
