package jp.suishin.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What a review found: a node archived with its recorded KPIs takes no new KPI, program
 * or re-listing, its programs are neither edited nor deleted, and a move to a target that
 * is no id is refused as bad input, not a server error.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:archived-parts;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@AutoConfigureMockMvc
class ArchivedPartsStayAsTheyAreTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	EditingPlanTree editing;

	@Autowired
	AddingProgram addingProgram;

	@Test
	void anArchivedNodeTakesNothingNew_andItsProgramsStayAsTheyAre() {
		long plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		Viewer planner = accounts.account("archive-planner", "sorachi-bureau", Role.PLANNER);
		PlanTree tree = plans.tree(plan).orElseThrow();
		PlanNode withProgram = tree.inReadingOrder()
			.stream()
			.filter(n -> kpis.listingsOfPlan(plan)
				.stream()
				.anyMatch(l -> l.nodeId() == n.id() && !kpis.values(l.kpiId()).isEmpty()))
			.findFirst()
			.orElseThrow();
		long programId = addingProgram.add(planner, withProgram.id(), new ProgramForm("残す事業", null, null, null));
		Program program = plans.findProgram(programId).orElseThrow();
		long kpi = kpis.listingsOfPlan(plan)
			.stream()
			.filter(l -> l.nodeId() != withProgram.id())
			.findFirst()
			.orElseThrow()
			.kpiId();
		editing.removeNode(planner, withProgram.id());
		assertThat(plans.findNode(withProgram.id())).as("archived, not deleted").isPresent();
		int kpisBefore = kpis.findByPlan(plan).size();

		assertThat(mvc.post()
			.uri("/plans/{id}/edit/nodes/{n}/kpis", plan, withProgram.id())
			.param("kpiName", "新しい指標")
			.param("kpiDirection", "増加")
			.with(accounts.as(planner))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(mvc.post()
			.uri("/plans/{id}/edit/nodes/{n}/programs", plan, withProgram.id())
			.param("programName", "新しい事業")
			.with(accounts.as(planner))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(mvc.post()
			.uri("/plans/{id}/edit/kpis/{k}/relist", plan, kpi)
			.param("relistNode", String.valueOf(withProgram.id()))
			.with(accounts.as(planner))
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isNotEqualTo(302).isLessThan(500);
		assertThat(mvc.post()
			.uri("/plans/{id}/edit/programs/{p}/remove", plan, program.id())
			.with(accounts.as(planner))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(mvc.post()
			.uri("/plans/{id}/edit/programs/{p}", plan, program.id())
			.param("programName", "書き換え")
			.with(accounts.as(planner))
			.with(csrf())
			.exchange()).hasStatus(404);

		assertThat(kpis.findByPlan(plan)).hasSize(kpisBefore);
		assertThat(plans.findProgram(program.id())).as("kept as it was")
			.hasValueSatisfying(p -> assertThat(p.name()).isEqualTo(program.name()));
		assertThat(kpis.listingsOfPlan(plan)).noneMatch(l -> l.nodeId() == withProgram.id());
	}

	@Test
	void aMoveToATargetThatIsNoId_isBadInput() {
		long plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		Viewer planner = accounts.account("move-planner", "sorachi-bureau", Role.PLANNER);
		List<PlanNode> nodes = plans.tree(plan).orElseThrow().inReadingOrder();
		for (String target : List.of("abc", " 12", "99999999999999999999")) {
			assertThat(mvc.post()
				.uri("/plans/{id}/edit/nodes/{n}/move", plan, nodes.get(nodes.size() - 1).id())
				.param("parentId", target)
				.with(accounts.as(planner))
				.with(csrf())
				.exchange()).hasStatus(400);
		}
	}

}
