package jp.suishin.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.verification.GivingOpinions;
import jp.suishin.verification.OpinionForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The plan's edit page on the sample data: only its planners see it and its link; a form
 * refused comes back with the problem next to its field; an edit shows at once on the
 * public plan page the page cache kept.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:plan-edit-pages;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@AutoConfigureMockMvc
class PlanEditPagesTests {

	static final String HEADER = "X-Page-Cache";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	GivingOpinions giving;

	long plan;

	Viewer planner;

	Viewer stranger;

	@BeforeEach
	void sampleData() {
		plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		planner = accounts.account("edit-planner", "sorachi-bureau", Role.PLANNER);
		stranger = accounts.account("edit-stranger", "iwamizawa", Role.PLANNER);
	}

	@Test
	void thePublicIsSentToSignIn_andAPlannerOfAnotherOrganisationIsRefused() {
		assertThat(mvc.get().uri("/plans/{id}/edit", plan).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.contains("/login");
		assertThat(mvc.get().uri("/plans/{id}/edit", plan).with(accounts.as(stranger)).exchange()).hasStatus(403);
		PlanNode node = plans.tree(plan).orElseThrow().roots().get(0);
		assertThat(mvc.post()
			.uri("/plans/{id}/edit/nodes/{n}", plan, node.id())
			.param("nodeTitle", "乗っ取り")
			.with(accounts.as(stranger))
			.with(csrf())
			.exchange()).hasStatus(403);
		assertThat(plans.tree(plan).orElseThrow().roots().get(0).title()).isEqualTo(node.title());
	}

	@Test
	void thePlannerSeesTheTreeWithItsKpis_andTheLinkFromThePlanPage() {
		MvcTestResult page = mvc.get().uri("/plans/{id}/edit", plan).with(accounts.as(planner)).exchange();
		assertThat(page).hasStatusOk();
		PlanNode first = plans.tree(plan).orElseThrow().roots().get(0);
		assertThat(body(page)).contains(first.title())
			.contains("id=\"node-" + first.id() + "\"")
			.contains("kpi-edit-link");
		assertThat(body(mvc.get().uri("/plans/{id}", plan).with(accounts.as(planner)).exchange()))
			.contains("id=\"plan-edit-link\"");
		assertThat(body(mvc.get().uri("/plans/{id}", plan).with(accounts.as(stranger)).exchange()))
			.doesNotContain("id=\"plan-edit-link\"");
	}

	@Test
	void removingAProgramTheExpertsGaveAnOpinionOn_archivesIt_andSaysWhyInJapanese() {
		PlanNode node = plans.tree(plan).orElseThrow().roots().get(0);
		long program = plans.addProgram(node.id(), 99, "意見のある事業", null, null, null);
		giving.give(planner, plan, plans.findById(plan).orElseThrow().period().from(),
				new OpinionForm("program:" + program, "空知 太郎 委員", "2025-10-15", "情報発信を強化されたい。"));
		MvcTestResult removed = mvc.post()
			.uri("/plans/{id}/edit/programs/{p}/remove", plan, program)
			.with(accounts.as(planner))
			.with(csrf())
			.exchange();
		assertThat(removed).hasStatus3xxRedirection();
		assertThat(removed.getMvcResult().getFlashMap().get("saved").toString()).contains("アーカイブ").contains("委員意見");
		assertThat(plans.findProgram(program)).isPresent();
		assertThat(plans.tree(plan).orElseThrow().programs(node.id())).noneMatch(p -> p.id() == program);
	}

	@Test
	void aBlankTitleComesBackNextToItsField_inJapanese() {
		PlanNode node = plans.tree(plan).orElseThrow().roots().get(0);
		MvcTestResult refused = mvc.post()
			.uri("/plans/{id}/edit/nodes/{n}", plan, node.id())
			.param("nodeTitle", " ")
			.with(accounts.as(planner))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus3xxRedirection();
		Map<String, ?> flash = refused.getMvcResult().getFlashMap();
		assertThat(flash.get("problemsFor")).isEqualTo("node-" + node.id());
		assertThat(((Map<?, ?>) flash.get("problems")).get("nodeTitle").toString()).contains("名称").contains("入力してください");
		assertThat(plans.tree(plan).orElseThrow().roots().get(0).title()).isEqualTo(node.title());
	}

	@Test
	void aRenamedNode_showsAtOnceOnThePublicPlanPageThePageCacheKept() {
		String page = "/plans/" + plan;
		mvc.get().uri(page).exchange();
		assertThat(mvc.get().uri(page).exchange()).headers().hasValue(HEADER, "hit");
		PlanNode node = plans.tree(plan).orElseThrow().roots().get(0);
		assertThat(mvc.post()
			.uri("/plans/{id}/edit/nodes/{n}", plan, node.id())
			.param("nodeTitle", "新しい名前のプロジェクト")
			.param("nodeCode", node.code())
			.with(accounts.as(planner))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		MvcTestResult after = mvc.get().uri(page).exchange();
		assertThat(after).headers().hasValue(HEADER, "miss");
		assertThat(body(after)).contains("新しい名前のプロジェクト");
	}

	@Test
	void aKpiWithValuesRemovedInTheBrowser_isArchived_andItsPageStillShowsItsHistory() {
		long plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		long kpi = kpis.valuesOfPlan(plan).get(0).kpiId();
		assertThat(mvc.post()
			.uri("/plans/{id}/edit/kpis/{k}/remove", plan, kpi)
			.with(accounts.as(planner))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(kpis.findByPlan(plan)).extracting(Kpi::id).doesNotContain(kpi);
		MvcTestResult page = mvc.get().uri("/kpis/{id}", kpi).with(accounts.as(planner)).exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("id=\"kpi-archived\"").contains("id=\"audit-trail\"");
		assertThat(body(mvc.get().uri("/plans/{id}/kpi-list", plan).exchange())).doesNotContain("/kpis/" + kpi + "\"");
	}

	@Test
	void anArchivedPlan_leavesTheListsOfPlans_andItsPageSaysSo_archivedByTheCollaborationsPlanner() {
		long vision = plans.findByKey("south-sorachi-vision").orElseThrow().id();
		String name = plans.findById(vision).orElseThrow().name();
		// the collaboration's planners: those of its center city
		Viewer council = stranger;
		assertThat(body(mvc.get().uri("/api/v1/plans").exchange())).contains(name);
		assertThat(
				mvc.post().uri("/plans/{id}/edit/archive", vision).with(accounts.as(council)).with(csrf()).exchange())
			.hasStatus3xxRedirection();
		assertThat(body(mvc.get().uri("/api/v1/plans").exchange())).doesNotContain(name);
		assertThat(body(mvc.get().uri("/").exchange())).doesNotContain(name);
		assertThat(body(mvc.get().uri("/plans/{id}", vision).exchange())).contains("id=\"plan-archived\"");
		assertThat(mvc.get().uri("/plans/{id}/edit", vision).with(accounts.as(council)).exchange()).hasStatus(404);
	}

	@Test
	void aNewPlanWithoutAName_comesBackWithTheProblemNextToTheNameField() {
		long owner = accounts.organisation("sorachi-bureau");
		MvcTestResult refused = mvc.post()
			.uri("/plans/new")
			.param("owner", String.valueOf(owner))
			.param("planName", "")
			.param("periodFrom", "R7")
			.param("periodTo", "R11")
			.param("levelNames", "基本目標")
			.with(accounts.as(planner))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/plans/new");
		assertThat(refused.getMvcResult().getFlashMap().get("problems").toString()).contains("planName");
		MvcTestResult page = mvc.get()
			.uri("/plans/new")
			.cookie(refused.getResponse().getCookies())
			.with(accounts.as(planner))
			.exchange();
		assertThat(body(page)).contains("id=\"plan-planName-error\"").contains("計画の名称");
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
