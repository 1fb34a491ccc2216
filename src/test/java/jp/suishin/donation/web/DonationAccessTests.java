package jp.suishin.donation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import jp.suishin.TestAccounts;
import jp.suishin.account.ApiTokens;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.donation.Donation;
import jp.suishin.donation.DonationForm;
import jp.suishin.donation.DonationRecords;
import jp.suishin.donation.RecordingDonations;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every page, form and API operation of the donations, on Iwamizawa's plan: the public
 * reads the totals and the named donors (never the anonymous donor's name) and is sent to
 * sign in (401 on the API) for the rest; a planner of another organisation, a department
 * editor and an expert of Iwamizawa are refused (403 or 404) and nothing changes; the
 * city's planner records, edits and removes. The access-control matrix leaves these
 * endpoints to this test.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:donation-access;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@AutoConfigureMockMvc
class DonationAccessTests {

	static final String ANONYMOUS = "（例示）匿名を希望する法人";

	static final String JSON = "{\"donor\":\"乗っ取り株式会社\",\"receivedOn\":\"2025-05-10\",\"amount\":\"1,000\"}";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	DonationRecords records;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApiTokens tokens;

	@Autowired
	RecordingDonations recording;

	long plan() {
		return plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
	}

	List<Viewer> refused() {
		return List.of(accounts.account("da-stranger", "yubari", Role.PLANNER),
				accounts.editor("da-editor", "iwamizawa", "DA 商工労働課"),
				accounts.account("da-expert", "iwamizawa", Role.EXPERT),
				accounts.account("da-reviewer", "iwamizawa", Role.REVIEWER));
	}

	String state(long plan) {
		return records.ofPlan(plan) + "|" + audit.of(AuditSubject.plan(plan)).size();
	}

	@Test
	void thePublic_readsTotalsAndNamedDonors_onThePlanPageThePageAndTheApi_neverTheAnonymousName() throws Exception {
		long plan = plan();
		// the examples: 5,000 + 3,000 + 2,000 + 10,000 + 1,500 = 21,500千円 = 4.1% of
		// 530,000千円
		for (String uri : List.of("/plans/" + plan, "/plans/" + plan + "/donations")) {
			assertThat(mvc.get().uri(uri).exchange()).as(uri)
				.hasStatusOk()
				.bodyText()
				.contains("21,500千円", "4.1％", "（例示）株式会社サンプル情報システム", "例示")
				.doesNotContain(ANONYMOUS);
		}
		MvcTestResult api = mvc.get().uri("/api/v1/plans/{id}/donations", plan).exchange();
		assertThat(api).hasStatusOk();
		String body = api.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain(ANONYMOUS);
		assertThat((Object) JsonPath.read(body, "$.cumulative.display")).isEqualTo("21,500千円");
		assertThat((Object) JsonPath.read(body, "$.shareDisplay")).isEqualTo("4.1％");
		List<Object> anonymousDonors = JsonPath.read(body, "$.donations[?(@.anonymous == true)].donor");
		assertThat(anonymousDonors).hasSize(1).containsOnlyNulls();
		// the city's planner, who recorded it, reads the name
		Viewer owner = accounts.account("da-owner", "iwamizawa", Role.PLANNER);
		assertThat(mvc.get().uri("/api/v1/plans/{id}/donations", plan).with(accounts.as(owner)).exchange()).bodyText()
			.contains(ANONYMOUS);
		long anonymous = records.ofPlan(plan).stream().filter(Donation::anonymous).findFirst().orElseThrow().id();
		assertThat(mvc.get().uri("/api/v1/plans/{id}/donations/{d}", plan, anonymous).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain(ANONYMOUS);
		// in English, with the same figures
		assertThat(mvc.get().uri("/plans/{id}/donations?lang=en", plan).exchange()).hasStatusOk()
			.bodyText()
			.contains("Corporate donations", "Share of the guide", "21,500千円", "Example")
			.doesNotContain("目安に対する割合", ANONYMOUS);
		// a plan without a budget guide has no donations to show
		long sorachi = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		assertThat(mvc.get().uri("/plans/{id}/donations", sorachi).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/plans/{id}/donations", sorachi).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/plans/{id}", sorachi).exchange()).bodyText().doesNotContain("donation-summary");
	}

	@Test
	void everyDonationPageAndForm_isRefusedToOthers_andThePublicIsSentToSignIn_changingNothing() throws Exception {
		long plan = plan();
		long donation = records.ofPlan(plan).get(0).id();
		String before = state(plan);
		String page = "/plans/" + plan + "/edit/donations";
		for (Viewer viewer : refused()) {
			assertThat(mvc.get().uri(page).with(accounts.as(viewer)).exchange()).as(page).hasStatus(403);
		}
		assertThat(mvc.get().uri(page).exchange()).hasStatus3xxRedirection();
		for (String uri : List.of(page, page + "/" + donation, page + "/" + donation + "/remove")) {
			for (Viewer viewer : refused()) {
				MvcTestResult result = mvc.post()
					.uri(uri)
					.param("donor", "乗っ取り株式会社")
					.param("receivedOn", "2025-05-10")
					.param("amount", "1,000")
					.with(accounts.as(viewer))
					.with(csrf())
					.exchange();
				assertThat(result.getResponse().getStatus()).as(uri).isIn(403, 404);
			}
			assertThat(mvc.post().uri(uri).param("donor", "乗っ取り").with(csrf()).exchange()).as(uri)
				.hasStatus3xxRedirection();
		}
		// a donation of this plan under another plan's URL is not found
		long other = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		Viewer owner = accounts.account("da-owner", "iwamizawa", Role.PLANNER);
		assertThat(mvc.post()
			.uri("/plans/" + other + "/edit/donations/" + donation + "/remove")
			.with(accounts.as(owner))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(state(plan)).isEqualTo(before);
		assertThat(mvc.get().uri(page).with(accounts.as(owner)).exchange()).hasStatusOk()
			.bodyText()
			.contains(ANONYMOUS, "匿名希望", "21,500千円");
	}

	@Test
	void everyApiWrite_isRefusedToOthers_401ForThePublic_changingNothing() throws Exception {
		long plan = plan();
		long donation = records.ofPlan(plan).get(0).id();
		String before = state(plan);
		String list = "/api/v1/plans/" + plan + "/donations";
		for (Viewer viewer : refused()) {
			assertThat(write(mvc.post().uri(list), viewer, JSON)).hasStatus(403);
			assertThat(write(mvc.put().uri(list + "/" + donation), viewer, JSON)).hasStatus(403);
			assertThat(write(mvc.delete().uri(list + "/" + donation), viewer, null)).hasStatus(403);
		}
		assertThat(mvc.post().uri(list).contentType(MediaType.APPLICATION_JSON).content(JSON).with(csrf()).exchange())
			.hasStatus(401);
		assertThat(mvc.put()
			.uri(list + "/" + donation)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON)
			.with(csrf())
			.exchange()).hasStatus(401);
		assertThat(mvc.delete().uri(list + "/" + donation).with(csrf()).exchange()).hasStatus(401);
		assertThat(mvc.delete()
			.uri(list + "/" + donation)
			.header(HttpHeaders.AUTHORIZATION, "Bearer sui_guessed")
			.exchange()).hasStatus(401);
		long other = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		Viewer owner = accounts.account("da-owner", "iwamizawa", Role.PLANNER);
		assertThat(write(mvc.delete().uri("/api/v1/plans/" + other + "/donations/" + donation), owner, null))
			.hasStatus(404);
		assertThat(state(plan)).isEqualTo(before);
	}

	@Test
	void thePlanner_recordsEditsAndRemovesThroughTheApi_withATokenToo_andBadInputIs422NamingTheField()
			throws Exception {
		long plan = plan();
		String list = "/api/v1/plans/" + plan + "/donations";
		Viewer owner = accounts.account("da-api-owner", "iwamizawa", Role.PLANNER);
		String before = records.ofPlan(plan).toString();
		MvcTestResult bad = write(mvc.post().uri(list), owner,
				"{\"donor\":\"株式会社API\",\"receivedOn\":\"2019-05-10\",\"amount\":\"0\"}");
		assertThat(bad).hasStatus(422);
		String problem = bad.getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> fields = JsonPath.read(problem, "$.errors[*].field");
		assertThat(fields).containsExactly("receivedOn", "amount");
		assertThat(problem).contains("受領日 2019-05-10 は寄附の金額の目安の期間（令和2年度～令和9年度：2020-04-01～2028-03-31）の外です。");
		assertThat(write(mvc.post().uri(list), owner, "{\"donor\":")).hasStatus(400);
		assertThat(write(mvc.post().uri(list), owner, "{\"donor\":\"x\",\"programId\":\"abc\"}")).hasStatus(400);
		assertThat(records.ofPlan(plan).toString()).isEqualTo(before);

		String token = tokens.issue(owner.accountId(), "da", "test");
		MvcTestResult created = mvc.post()
			.uri(list)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"donor\":\"株式会社API\",\"receivedOn\":\"令和7年6月1日\",\"amount\":\"2,000千円\",\"anonymous\":true}")
			.exchange();
		assertThat(created).hasStatus(201);
		long id = ((Number) JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id"))
			.longValue();
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(list + "/" + id);
		MvcTestResult edited = write(mvc.put().uri(list + "/" + id), owner,
				"{\"donor\":\"株式会社API\",\"receivedOn\":\"2025-06-01\",\"amount\":\"2,500\"}");
		assertThat(edited).hasStatusOk();
		String json = edited.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((Object) JsonPath.read(json, "$.amount.display")).isEqualTo("2,500千円");
		assertThat((Object) JsonPath.read(json, "$.fiscalYearLabel")).isEqualTo("R7");
		assertThat((Object) JsonPath.read(json, "$.anonymous")).isEqualTo(false);
		assertThat(write(mvc.delete().uri(list + "/" + id), owner, null)).hasStatus(204);
		assertThat(records.donation(id)).isEmpty();
		assertThat(records.ofPlan(plan).toString()).isEqualTo(before);
	}

	@Test
	void theCachedPlanPage_showsANewDonationAtOnce_sinceRecordingMovesThePlansStamp() throws Exception {
		long plan = plan();
		String uri = "/plans/" + plan;
		mvc.get().uri(uri).exchange();
		assertThat(mvc.get().uri(uri).exchange().getResponse().getHeader("X-Page-Cache")).isEqualTo("hit");
		Viewer owner = accounts.account("da-cache-owner", "iwamizawa", Role.PLANNER);
		long id = recording.record(owner, plan,
				new DonationForm("株式会社キャッシュ", "2025-05-10", "8,500", null, false, false));
		try {
			MvcTestResult fresh = mvc.get().uri(uri).exchange();
			assertThat(fresh.getResponse().getHeader("X-Page-Cache")).isEqualTo("miss");
			// 21,500 + 8,500 = 30,000千円; 30,000 ÷ 530,000 = 5.66…% → 5.7%
			assertThat(fresh).bodyText().contains("30,000千円", "5.7％", "株式会社キャッシュ");
		}
		finally {
			recording.remove(owner, id);
		}
		assertThat(mvc.get().uri(uri).exchange()).bodyText().contains("21,500千円").doesNotContain("株式会社キャッシュ");
	}

	/** A write with the viewer's session and the session's CSRF token. */
	MvcTestResult write(MockMvcRequestBuilder request, Viewer viewer, String json) {
		request.with(accounts.as(viewer)).with(csrf());
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request.exchange();
	}

}
