package jp.suishin.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.meeting.AttachingMinutes;
import jp.suishin.meeting.HoldingMeetings;
import jp.suishin.meeting.Meeting;
import jp.suishin.meeting.MeetingForm;
import jp.suishin.meeting.MeetingRecords;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every page, form and API call of the meetings, on the South Sorachi zone's plan
 * (written by the center city's planners, read by the members' planners): the public, a
 * planner of another organisation, a member's planner and a department editor of the
 * center city are refused every write with nothing changed; minutes that are not public
 * reach only the zone's readers, the PDF likewise; the center city's planner writes on
 * the page and the API, and a mistake comes back named by its field with nothing stored.
 * The access-control matrix leaves these endpoints to this test
 * ({@code MEETINGS_CHECKED_ELSEWHERE}).
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:meeting-access;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@AutoConfigureMockMvc
class MeetingAccessTests {

	static final String INTERNAL_MINUTES = "非公開の議事録：各市町の予算案を共有した。";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	MeetingRecords records;

	@Autowired
	HoldingMeetings holding;

	@Autowired
	AttachingMinutes attaching;

	@Autowired
	AuditTrail audit;

	long plan;

	Viewer owner;

	Viewer member;

	Viewer stranger;

	Viewer editor;

	long internal;

	@BeforeEach
	void zone() {
		plan = plans.findByKey("south-sorachi-vision").orElseThrow().id();
		owner = accounts.account("ma-iwamizawa-planner", "iwamizawa", Role.PLANNER);
		member = accounts.account("ma-yubari-planner", "yubari", Role.PLANNER);
		stranger = accounts.account("ma-sorachi-planner", "sorachi-bureau", Role.PLANNER);
		editor = accounts.editor("ma-iwamizawa-editor", "iwamizawa", "MA 企画財政部");
		internal = records.meetingsOf(plan)
			.stream()
			.filter(m -> INTERNAL_MINUTES.equals(m.content().minutes()))
			.map(Meeting::id)
			.findFirst()
			.orElseGet(() -> {
				long id = holding.record(owner, plan, new MeetingForm("WORKING_GROUP", null, "第３回担当者部会（予算）", "R6",
						"11/12", null, null, null, null, List.of(), null, INTERNAL_MINUTES, false));
				attaching.attach(owner, id, pdf(), "application/pdf", "予算協議.pdf");
				return id;
			});
	}

	@Test
	void everyWrite_isRefusedToThoseWhoDoNotPlanForTheZone_changingNothing() {
		String before = state();
		String page = "/plans/" + plan + "/meetings";
		String api = "/api/v1/plans/" + plan + "/meetings";
		List<String> pagePosts = List.of(page, page + "/" + internal, page + "/" + internal + "/remove",
				page + "/" + internal + "/minutes/remove");
		for (Viewer viewer : List.of(member, stranger, editor)) {
			for (String uri : pagePosts) {
				MvcTestResult refused = mvc.post()
					.uri(uri)
					.param("kind", "COMMITTEE")
					.param("title", "乗っ取り")
					.param("year", "R6")
					.param("firstDay", "10/1")
					.with(accounts.as(viewer))
					.with(csrf())
					.exchange();
				assertThat(refused).as(viewer.login() + " " + uri).hasStatus(403);
			}
			assertThat(upload(viewer, page + "/" + internal + "/minutes")).as(viewer.login()).hasStatus(403);
			assertThat(json(mvc.post().uri(api), viewer, meetingJson())).as(viewer.login()).hasStatus(403);
			assertThat(json(mvc.put().uri(api + "/" + internal), viewer, meetingJson())).hasStatus(403);
			assertThat(mvc.delete().uri(api + "/" + internal).with(accounts.as(viewer)).with(csrf()).exchange())
				.hasStatus(403);
			assertThat(putPdf(viewer, api + "/" + internal + "/minutes.pdf", "application/pdf")).hasStatus(403);
			assertThat(mvc.delete()
				.uri(api + "/" + internal + "/minutes.pdf")
				.with(accounts.as(viewer))
				.with(csrf())
				.exchange()).hasStatus(403);
		}
		for (String uri : pagePosts) {
			assertThat(mvc.post().uri(uri).param("title", "乗っ取り").with(csrf()).exchange()).as(uri)
				.hasStatus3xxRedirection();
		}
		assertThat(mvc.post()
			.uri(api)
			.contentType(MediaType.APPLICATION_JSON)
			.content(meetingJson())
			.with(csrf())
			.exchange()).hasStatus(401);
		assertThat(mvc.delete().uri(api + "/" + internal).with(csrf()).exchange()).hasStatus(401);
		// a meeting of the zone's plan under another plan's address is not found, even
		// for its planner
		long other = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		assertThat(mvc.post()
			.uri("/plans/" + other + "/meetings/" + internal + "/remove")
			.with(accounts.as(owner))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(mvc.delete()
			.uri("/api/v1/plans/" + other + "/meetings/" + internal)
			.with(accounts.as(owner))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void minutesThatAreNotPublic_reachOnlyTheZonesReaders_onThePageTheApiAndAsPdf() {
		String page = "/plans/" + plan + "/meetings";
		String api = "/api/v1/plans/" + plan + "/meetings";
		String pdfPage = page + "/" + internal + "/minutes.pdf";
		String pdfApi = api + "/" + internal + "/minutes.pdf";
		for (Viewer viewer : new Viewer[] { null, stranger, editor }) {
			String who = viewer == null ? "public" : viewer.login();
			MvcTestResult shown = get(page, viewer);
			assertThat(shown).as(who).hasStatusOk().bodyText().contains("第３回担当者部会（予算）", "救急医療体制", "令和6年8月8日");
			assertThat(body(shown)).as(who).doesNotContain(INTERNAL_MINUTES, "予算協議.pdf", "add-meeting-form");
			assertThat(body(get(api, viewer))).as(who).contains("第３回担当者部会（予算）").doesNotContain(INTERNAL_MINUTES);
			assertThat(JsonPath.<Object>read(body(get(api + "/" + internal, viewer)), "$.minutes")).as(who).isNull();
			assertThat(get(pdfPage, viewer)).as(who).hasStatus(404);
			assertThat(get(pdfApi, viewer)).as(who).hasStatus(404);
		}
		// the member's planner reads the zone's working data: the minutes, and the PDF as
		// an attachment
		assertThat(get(page, member)).hasStatusOk().bodyText().contains(INTERNAL_MINUTES, "予算協議.pdf");
		assertThat(body(get(page, member))).doesNotContain("add-meeting-form");
		assertThat(JsonPath.<String>read(body(get(api + "/" + internal, member)), "$.minutes"))
			.isEqualTo(INTERNAL_MINUTES);
		for (String uri : List.of(pdfPage, pdfApi)) {
			MvcTestResult pdf = get(uri, member);
			assertThat(pdf).as(uri)
				.hasStatusOk()
				.hasContentType(MediaType.APPLICATION_PDF)
				.hasHeader("X-Content-Type-Options", "nosniff");
			assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
			assertThat(pdf.getResponse().getContentAsByteArray()).isEqualTo(pdf());
		}
		assertThat(get(page, owner)).hasStatusOk().bodyText().contains(INTERNAL_MINUTES);
		assertThat(body(get(page, owner))).contains("add-meeting-form");
		// in English too, with the planner's form
		assertThat(get(page + "?lang=en", owner)).hasStatusOk()
			.bodyText()
			.contains("Meetings of", "Working group", "Hearing (by mail)", "The whole plan", "Attending organisations");
	}

	@Test
	void theCenterCitysPlanner_writesOnThePageAndTheApi_andMistakesAreNamedByField() {
		String page = "/plans/" + plan + "/meetings";
		String api = "/api/v1/plans/" + plan + "/meetings";
		int before = records.meetingsOf(plan).size();
		int auditBefore = audit.of(AuditSubject.plan(plan)).size();

		MvcTestResult refused = mvc.post()
			.uri(page)
			.param("kind", "WORKING_GROUP")
			.param("title", "防災（第３回）")
			.param("year", "R6")
			.param("firstDay", "9/19")
			.param("secondDay", "8/8")
			.with(accounts.as(owner))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus3xxRedirection()
			.flash()
			.containsEntry("problemsFor", "add-meeting")
			.containsEntry("problems",
					java.util.Map.of("secondDay", "開催日②：開催日②（令和6年8月8日）は開催日①（令和6年9月19日）より後の日にしてください。"));
		MvcTestResult unprocessable = json(mvc.post().uri(api), owner,
				"{\"kind\":\"COMMITTEE\",\"title\":\"懇談会\",\"year\":\"R6\",\"firstDay\":\"2月30日\"}");
		assertThat(unprocessable).hasStatus(422);
		assertThat(JsonPath.<List<String>>read(body(unprocessable), "$.errors[*].field")).containsExactly("firstDay");
		assertThat(JsonPath.<String>read(body(unprocessable), "$.errors[0].message")).isEqualTo("「2月30日」という日はありません。");
		assertThat(putPdf(owner, api + "/" + internal + "/minutes.pdf", "text/plain")).hasStatus(422);
		assertThat(records.meetingsOf(plan)).hasSize(before);
		assertThat(audit.of(AuditSubject.plan(plan))).hasSize(auditBefore);

		assertThat(mvc.post()
			.uri(page)
			.param("kind", "WORKING_GROUP")
			.param("title", "防災（第３回）")
			.param("year", "R6")
			.param("firstDay", "2024-11-08")
			.param("attendees", String.valueOf(accounts.organisation("mikasa")))
			.with(accounts.as(owner))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection().flash().containsEntry("saved", "会議を記録しました。");
		assertThat(records.meetingsOf(plan)).hasSize(before + 1);

		MvcTestResult created = json(mvc.post().uri(api), owner, meetingJson());
		assertThat(created).hasStatus(201);
		long id = ((Number) JsonPath.read(body(created), "$.id")).longValue();
		assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/plans/" + plan + "/meetings/" + id);
		assertThat(JsonPath.<String>read(body(created), "$.firstDay")).isEqualTo("2025-01-20");
		assertThat(JsonPath.<List<String>>read(body(created), "$.attendees[*].name")).containsExactly("岩見沢市");
		assertThat(putPdf(owner, api + "/" + id + "/minutes.pdf", "application/pdf")).hasStatus(204);
		assertThat(JsonPath.<String>read(body(get(api + "/" + id, Viewer.PUBLIC)), "$.minutesPdf.fileName"))
			.isEqualTo("懇談会.pdf");
		MvcTestResult edited = json(mvc.put().uri(api + "/" + id), owner,
				meetingJson().replace("2025-01-20", "2025-01-27"));
		assertThat(edited).hasStatusOk();
		assertThat(JsonPath.<String>read(body(edited), "$.firstDay")).isEqualTo("2025-01-27");
		assertThat(mvc.delete().uri(api + "/" + id + "/minutes.pdf").with(accounts.as(owner)).with(csrf()).exchange())
			.hasStatus(204);
		assertThat(mvc.delete().uri(api + "/" + id).with(accounts.as(owner)).with(csrf()).exchange()).hasStatus(204);
		assertThat(records.meeting(id)).isEmpty();
	}

	String meetingJson() {
		return """
				{"kind":"COMMITTEE","title":"第３回共生ビジョン懇談会","year":"R6","firstDay":"2025-01-20",
				 "attendees":[%d],"minutes":"素案への意見を確認","minutesPublic":true}"""
			.formatted(accounts.organisation("iwamizawa"));
	}

	MvcTestResult upload(Viewer viewer, String uri) {
		return mvc.post()
			.uri(uri)
			.multipart()
			.file(new MockMultipartFile("pdf", "x.pdf", "application/pdf", pdf()))
			.with(accounts.as(viewer))
			.with(csrf())
			.exchange();
	}

	MvcTestResult putPdf(Viewer viewer, String uri, String type) {
		return mvc.put()
			.uri(uri + "?fileName=懇談会.pdf")
			.contentType(MediaType.parseMediaType(type))
			.content(pdf())
			.with(accounts.as(viewer))
			.with(csrf())
			.exchange();
	}

	MvcTestResult json(org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request,
			Viewer viewer, String body) {
		return request.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(accounts.as(viewer))
			.with(csrf())
			.exchange();
	}

	MvcTestResult get(String uri, Viewer viewer) {
		var request = mvc.get().uri(uri);
		if (viewer != null && viewer.signedIn()) {
			request.with(accounts.as(viewer));
		}
		return request.exchange();
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String state() {
		return records.meetingsOf(plan) + "|" + audit.of(AuditSubject.plan(plan)).size();
	}

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

}
