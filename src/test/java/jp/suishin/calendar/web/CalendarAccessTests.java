package jp.suishin.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.account.ApiTokens;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.calendar.CalendarSteps;
import jp.suishin.calendar.MeetingForm;
import jp.suishin.calendar.PlanningCalendar;
import jp.suishin.calendar.StepKind;
import jp.suishin.calendar.StoredStep;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
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
 * Every page, form and API call of the calendar on the Sorachi bureau's later policy: the
 * public is sent to sign in (401 on the API), a planner of another organisation is told
 * the calendar does not exist or is refused, a department editor and an expert of the
 * bureau read it but change nothing; nothing is stored for any of them. The bureau's
 * planner reads and writes, by session and by bearer token, and a bad date comes back
 * naming its field (422 with {@code errors} on the API). The access-control matrix leaves
 * these endpoints to this test.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:calendar-access;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@AutoConfigureMockMvc
class CalendarAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	PlanningCalendar planning;

	@Autowired
	CalendarSteps steps;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Clock clock;

	long plan;

	FiscalYear year;

	Viewer owner;

	@BeforeEach
	void sorachi() {
		plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		LocalDate today = LocalDate.now(clock);
		year = FiscalYear.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1).previous();
		owner = accounts.account("ca-owner", "sorachi-bureau", Role.PLANNER);
	}

	@Test
	void everyCalendarEndpoint_isRefusedToThePublicStrangersAndReaders_changingNothing() {
		LocalDate today = LocalDate.now(clock);
		long meeting = planning.addMeeting(owner, plan, year, new MeetingForm(today.plusDays(5).toString(), "第1回"));
		Viewer stranger = accounts.account("ca-stranger", "yubari", Role.PLANNER);
		Viewer editor = accounts.editor("ca-editor", "sorachi-bureau", "ca 商工労働課");
		Viewer expert = accounts.account("ca-expert", "sorachi-bureau", Role.EXPERT);
		String before = state();

		String page = "/plans/" + plan + "/calendar";
		String api = "/api/v1/plans/" + plan + "/calendar";
		for (String uri : List.of(page + "?year=" + year.eraLabel(), api + "?year=" + year.eraLabel())) {
			assertThat(mvc.get().uri(uri).with(accounts.as(stranger)).exchange()).as(uri).hasStatus(404);
			for (Viewer reader : List.of(editor, expert, owner)) {
				assertThat(mvc.get().uri(uri).with(accounts.as(reader)).exchange()).as(uri).hasStatusOk();
			}
		}
		assertThat(mvc.get().uri(page).exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(api).exchange()).hasStatus(401);
		assertThat(mvc.get().uri(page).with(accounts.as(editor)).exchange()).hasStatusOk()
			.bodyText()
			.contains("第1回")
			.doesNotContain("dates-form");

		List<String> posts = List.of(page + "/dates", page + "/meetings", page + "/steps/" + meeting,
				page + "/steps/" + meeting + "/remove", page + "/steps/" + meeting + "/done",
				page + "/steps/" + meeting + "/reopen");
		for (String uri : posts) {
			for (Viewer viewer : List.of(stranger, editor, expert)) {
				MvcTestResult refused = mvc.post()
					.uri(uri)
					.param("year", year.eraLabel())
					.param("internalEvaluation", today.toString())
					.param("meetingDate", today.toString())
					.with(accounts.as(viewer))
					.with(csrf())
					.exchange();
				assertThat(refused.getResponse().getStatus()).as(uri).isIn(403, 404);
			}
			assertThat(mvc.post().uri(uri).param("year", year.eraLabel()).with(csrf()).exchange()).as(uri)
				.hasStatus3xxRedirection();
		}
		String json = "{\"year\":\"" + year.eraLabel() + "\",\"internalEvaluation\":\"" + today + "\",\"date\":\""
				+ today + "\",\"done\":true}";
		List<String[]> writes = List.of(new String[] { "PUT", api + "/dates" },
				new String[] { "POST", api + "/meetings" }, new String[] { "PUT", api + "/steps/" + meeting },
				new String[] { "DELETE", api + "/steps/" + meeting },
				new String[] { "PUT", api + "/steps/" + meeting + "/done" });
		for (String[] write : writes) {
			for (Viewer viewer : List.of(stranger, editor, expert)) {
				String token = tokens.issue(viewer.accountId(), "ca", "test");
				MvcTestResult refused = mvc.method(org.springframework.http.HttpMethod.valueOf(write[0]))
					.uri(write[1])
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
					.contentType(MediaType.APPLICATION_JSON)
					.content(json)
					.exchange();
				assertThat(refused.getResponse().getStatus()).as(write[0] + " " + write[1]).isIn(403, 404);
			}
			assertThat(mvc.method(org.springframework.http.HttpMethod.valueOf(write[0]))
				.uri(write[1])
				.contentType(MediaType.APPLICATION_JSON)
				.content(json)
				.exchange()
				.getResponse()
				.getStatus()).as(write[1]).isIn(401, 403);
		}
		// the plan page and マイページ show the current step to the owner's readers only;
		// the public's (cached) plan page never does
		assertThat(mvc.get().uri("/plans/" + plan).with(accounts.as(editor)).exchange()).hasStatusOk()
			.bodyText()
			.contains("id=\"calendar-now\"", "第1回");
		assertThat(mvc.get().uri("/me").with(accounts.as(editor)).exchange()).hasStatusOk()
			.bodyText()
			.contains("id=\"calendar-glances\"", "第1回");
		for (int i = 0; i < 2; i++) {
			assertThat(mvc.get().uri("/plans/" + plan).exchange()).hasStatusOk()
				.bodyText()
				.doesNotContain("calendar-now");
		}
		assertThat(mvc.get().uri("/plans/" + plan).with(accounts.as(stranger)).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain("calendar-now");
		assertThat(mvc.get().uri(page + "?lang=en").with(accounts.as(owner)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Evaluation calendar", "Expert meeting")
			.doesNotContain("段階", "予定日");
		// a step of this plan under another plan's URL is not found
		long other = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		assertThat(mvc.post()
			.uri("/plans/" + other + "/calendar/steps/" + meeting + "/remove")
			.param("year", "R7")
			.with(accounts.as(owner))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void thePlanner_setsTheDatesOnThePage_andThroughTheApi_andBadDatesComeBackNamingTheField() {
		LocalDate today = LocalDate.now(clock);
		String page = "/plans/" + plan + "/calendar";
		assertThat(mvc.post()
			.uri(page + "/dates")
			.param("year", year.eraLabel())
			.param("internalEvaluation", "いつか")
			.param("decision", today.plusDays(20).toString())
			.with(accounts.as(owner))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection().flash().containsKey("problems");
		assertThat(steps.of(plan, year)).filteredOn(s -> s.kind() == StepKind.DECISION).isEmpty();
		assertThat(mvc.post()
			.uri(page + "/dates")
			.param("year", year.eraLabel())
			.param("internalEvaluation", today.plusDays(3).toString())
			.with(accounts.as(owner))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection().flash().containsKey("saved");
		assertThat(steps.of(plan, year)).extracting(StoredStep::kind).contains(StepKind.INTERNAL_EVALUATION);

		String token = tokens.issue(owner.accountId(), "ca-owner", "test");
		String api = "/api/v1/plans/" + plan + "/calendar";
		assertThat(mvc.post()
			.uri(api + "/meetings")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":\"" + year.eraLabel() + "\",\"date\":\"令和99年1月1日\"}")
			.exchange()).hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("meetingDate");
		assertThat(mvc.post()
			.uri(api + "/meetings")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":\"" + year.eraLabel() + "\",\"date\":\"" + today.plusDays(9) + "\",\"label\":\"第2回\"}")
			.exchange()).hasStatus(201).bodyJson().extractingPath("$.kind").isEqualTo("EXPERT_MEETING");
		assertThat(mvc.get()
			.uri(api + "?year=" + year.eraLabel())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.currentKind").isEqualTo("INTERNAL_EVALUATION");
		long publicationCount = steps.of(plan, year).stream().filter(s -> s.kind() == StepKind.PUBLICATION).count();
		assertThat(publicationCount).isZero();
		StoredStep internal = steps.of(plan, year)
			.stream()
			.filter(s -> s.kind() == StepKind.INTERNAL_EVALUATION)
			.findFirst()
			.orElseThrow();
		assertThat(mvc.put()
			.uri(api + "/steps/" + internal.id() + "/done")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"done\":true}")
			.exchange()).hasStatus(204);
		assertThat(steps.find(internal.id()).orElseThrow().doneBy()).isEqualTo("ca-owner");
	}

	String state() {
		return steps.of(plan, year) + "|" + audit.of(AuditSubject.plan(plan)).size();
	}

}
