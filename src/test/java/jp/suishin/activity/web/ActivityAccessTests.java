package jp.suishin.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.activity.ActivityRecords;
import jp.suishin.activity.AddingActivityImage;
import jp.suishin.activity.NextAction;
import jp.suishin.activity.PlanActivities;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every page and form of the activities, on the Sorachi bureau's plan: a planner of
 * another organisation gets 403 or 404, the public is sent to sign in, and nothing
 * changes (the plan's activities, actions and audit trail stay as they were); the
 * bureau's own planner gets the page. The access-control matrix leaves these endpoints to
 * this test.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:activity-access;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@AutoConfigureMockMvc
class ActivityAccessTests {

	static final FiscalYear R6 = FiscalYear.of(2024);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	PlanActivities narrative;

	@Autowired
	ActivityRecords records;

	@Autowired
	AuditTrail audit;

	@Autowired
	AddingActivityImage addingImage;

	@Test
	void everyActivityEndpoint_isRefusedToAnotherOrganisationsPlannerAndThePublic_changingNothing() throws Exception {
		long plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		long node = plans.tree(plan).orElseThrow().roots().get(0).id();
		long activity = records.activities(node, R6).get(1).id();
		NextAction action = records.actions(node, R6.next()).get(1);
		Viewer stranger = accounts.account("activity-stranger", "yubari", Role.PLANNER);
		Viewer reviewer = accounts.account("activity-reviewer", "sorachi-bureau", Role.REVIEWER);
		Viewer owner = accounts.account("activity-owner", "sorachi-bureau", Role.PLANNER);
		long image = addingImage.add(owner, activity, ActivityImagesTests.picture("png", 8, 8), "▲プレート型");
		String before = state(plan);

		String page = "/plans/" + plan + "/edit/activities";
		for (String uri : List.of(page, page + "/images/" + image)) {
			for (Viewer viewer : List.of(stranger, reviewer)) {
				assertThat(mvc.get().uri(uri).with(accounts.as(viewer)).exchange()).as(uri).hasStatus(403);
			}
			assertThat(mvc.get().uri(uri).exchange()).as(uri).hasStatus3xxRedirection();
		}
		String p = "/plans/" + plan + "/edit";
		List<String> posts = List.of(p + "/activities/nodes/" + node, p + "/activities/" + activity,
				p + "/activities/" + activity + "/up", p + "/activities/" + activity + "/down",
				p + "/activities/" + activity + "/remove", p + "/actions/nodes/" + node, p + "/actions/" + action.id(),
				p + "/actions/" + action.id() + "/up", p + "/actions/" + action.id() + "/down",
				p + "/actions/" + action.id() + "/remove", p + "/activities/" + activity + "/images");
		for (String uri : posts) {
			for (Viewer viewer : List.of(stranger, reviewer)) {
				MvcTestResult refused = mvc.post()
					.uri(uri)
					.param("year", "R6")
					.param("title", "乗っ取り")
					.param("dates", "令和6年9月14日～15日")
					.param("actionText", "乗っ取り")
					.param("actionLeads", "町")
					.with(accounts.as(viewer))
					.with(csrf())
					.exchange();
				assertThat(refused.getResponse().getStatus()).as(uri).isIn(403, 404);
			}
			assertThat(mvc.post().uri(uri).param("year", "R6").with(csrf()).exchange()).as(uri)
				.hasStatus3xxRedirection();
		}
		// an activity of one plan under another plan's URL is not found
		long other = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		assertThat(mvc.post()
			.uri("/plans/" + other + "/edit/activities/" + activity + "/remove")
			.with(accounts.as(owner))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(state(plan)).isEqualTo(before);
		assertThat(mvc.get().uri(page + "?year=R6").with(accounts.as(owner)).exchange()).hasStatusOk()
			.bodyText()
			.contains("炭鉄港プレミアムガイドツアーの実施", "令和6年10月11日～11月16日", "学生向け炭鉄港インターンシップの実施");
	}

	String state(long plan) {
		return narrative.of(plan, R6) + "|" + narrative.of(plan, R6.previous()) + "|"
				+ audit.of(AuditSubject.plan(plan)).size();
	}

}
