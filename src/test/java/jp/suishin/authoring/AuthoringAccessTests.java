package jp.suishin.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every authoring page and form, on another organisation's plan: a planner of another
 * organisation gets 403 or 404, the public is sent to sign in, and nothing changes (the
 * plan's tree, KPIs, listings and audit trail stay as they were). The access-control
 * matrix leaves these endpoints to this test.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:authoring-access;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@AutoConfigureMockMvc
class AuthoringAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	AuditTrail audit;

	@Test
	void everyAuthoringEndpoint_isRefusedToAnotherOrganisationsPlannerAndThePublic_changingNothing() {
		long plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		Viewer stranger = accounts.account("authoring-stranger", "yubari", Role.PLANNER);
		PlanTree tree = plans.tree(plan).orElseThrow();
		long node = tree.roots().get(0).id();
		long other = tree.roots().get(1).id();
		KpiListing listing = kpis.listingsOfPlan(plan).get(0);
		long kpi = listing.kpiId();
		long program = tree.inReadingOrder()
			.stream()
			.flatMap(n -> tree.programs(n.id()).stream())
			.map(Program::id)
			.findFirst()
			.orElseGet(() -> plans.addProgram(node, 1, "ACM事業", null, null, null));
		long owner = plans.findById(plan).orElseThrow().ownerId();
		String before = state(plan);

		List<String> gets = List.of("/plans/" + plan + "/edit", "/plans/" + plan + "/edit/kpis/" + kpi);
		for (String uri : gets) {
			assertThat(mvc.get().uri(uri).with(accounts.as(stranger)).exchange()).as(uri).hasStatus(403);
			assertThat(mvc.get().uri(uri).exchange()).as(uri).hasStatus3xxRedirection();
		}
		String p = "/plans/" + plan + "/edit";
		List<String> posts = List.of(p, p + "/archive", p + "/kpis/" + kpi,
				p + "/kpis/" + kpi + "/listings/" + listing.id() + "/remove", p + "/kpis/" + kpi + "/milestones",
				p + "/kpis/" + kpi + "/relist", p + "/kpis/" + kpi + "/remove", p + "/nodes", p + "/nodes/" + node,
				p + "/nodes/" + node + "/down", p + "/nodes/" + node + "/kpis", p + "/nodes/" + node + "/move",
				p + "/nodes/" + node + "/programs", p + "/nodes/" + node + "/remove", p + "/nodes/" + other + "/up",
				p + "/programs/" + program, p + "/programs/" + program + "/down",
				p + "/programs/" + program + "/remove", p + "/programs/" + program + "/up");
		for (String uri : posts) {
			MvcTestResult refused = mvc.post()
				.uri(uri)
				.param("planName", "ACM")
				.param("periodFrom", "R3")
				.param("periodTo", "R7")
				.param("levelNames", "ACM")
				.param("nodeTitle", "ACM")
				.param("programName", "ACM")
				.param("kpiName", "ACM")
				.param("kpiUnit", "人")
				.param("kpiDirection", "INCREASE")
				.param("kpiAggregation", "YEARLY")
				.param("definitionReason", "ACM")
				.param("milestoneYear", "R5")
				.param("milestoneValue", "1")
				.param("relistNode", String.valueOf(other))
				.param("parentId", String.valueOf(other))
				.with(accounts.as(stranger))
				.with(csrf())
				.exchange();
			assertThat(refused.getResponse().getStatus()).as(uri).isIn(403, 404);
			assertThat(mvc.post().uri(uri).with(csrf()).exchange()).as(uri).hasStatus3xxRedirection();
		}
		assertThat(mvc.get()
			.uri("/plans/new")
			.with(accounts.as(accounts.account("authoring-reader", "yubari", Role.REVIEWER)))
			.exchange()).hasStatus(403);
		assertThat(mvc.post()
			.uri("/plans/new")
			.param("owner", String.valueOf(owner))
			.param("planName", "ACM 乗っ取り計画")
			.param("periodFrom", "R7")
			.param("periodTo", "R11")
			.param("levelNames", "ACM")
			.with(accounts.as(stranger))
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isIn(403, 404);
		assertThat(plans.findAll()).noneMatch(x -> x.name().equals("ACM 乗っ取り計画"));
		assertThat(state(plan)).isEqualTo(before);
	}

	String state(long plan) {
		PlanTree tree = plans.tree(plan).orElseThrow();
		return plans.findById(plan).orElseThrow() + "|" + plans.archivedAt(plan) + "|" + tree.inReadingOrder() + "|"
				+ tree.inReadingOrder().stream().map(n -> tree.programs(n.id())).toList() + "|" + kpis.findByPlan(plan)
				+ "|" + kpis.listingsOfPlan(plan) + "|" + kpis.milestonesOfPlan(plan) + "|"
				+ audit.of(AuditSubject.plan(plan)).size() + "|"
				+ kpis.findByPlan(plan).stream().mapToInt(k -> audit.of(AuditSubject.kpi(k.id())).size()).sum();
	}

}
