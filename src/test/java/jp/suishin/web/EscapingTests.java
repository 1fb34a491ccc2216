package jp.suishin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectingValues;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.NewKpi;
import jp.suishin.notation.Unit;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Text people typed comes back escaped on every page that shows it: a KPI named with a
 * script, a department, a return comment, a remark and an account name. (Its own context:
 * it adds a KPI to a sample plan.)
 */
@SpringBootTest(properties = "suishin.test.context=escaping")
@AutoConfigureMockMvc
class EscapingTests {

	static final String SCRIPT = "<script>alert('x')</script>";

	static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	CollectingValues collecting;

	@Test
	void scriptsPeopleTypedAreShownAsText() {
		TestAccounts accounts = testAccounts;
		long plan = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		long node = plans.tree(plan).orElseThrow().roots().get(0).id();
		long kpi = kpis.add(new NewKpi(plan, "escaping-kpi", SCRIPT, Unit.of("件"), Direction.INCREASE,
				Aggregation.YEARLY, null, null, null, SCRIPT));
		kpis.addListing(node, kpi, 99, false);
		Viewer planner = accounts.account("escaping-planner", "iwamizawa", Role.PLANNER);
		Viewer editor = accounts.editor("escaping-editor", "iwamizawa", SCRIPT);
		long collection = collecting.open(planner, plan, "2027", LocalDate.now().plusDays(10).toString())
			.collectionId();
		collecting.assign(planner, kpi, accounts.department("iwamizawa", SCRIPT).id());
		collecting.remark(accounts.account("escaping-expert", "iwamizawa", Role.EXPERT), collection, kpi, SCRIPT);
		assertThat(mvc.post()
			.uri("/kpis/{id}/values", kpi)
			.with(accounts.as(editor))
			.with(csrf())
			.param("year", "2027")
			.param("value", "3")
			.param("status", "CONFIRMED")
			.param("note", SCRIPT)
			.param("source", SCRIPT)
			.param("version-2027", "0")
			.exchange()).hasStatus3xxRedirection();
		collecting.submit(editor, collection, kpi);
		collecting.returnValue(planner, collection, kpi, SCRIPT);

		String[] pages = { "/plans/" + plan + "/kpi-list", "/kpis/" + kpi, "/collections/" + collection, "/me" };
		for (String page : pages) {
			assertThat(mvc.get().uri(page).with(accounts.as(editor)).exchange()).as(page)
				.hasStatusOk()
				.bodyText()
				.contains(ESCAPED)
				.doesNotContain(SCRIPT);
			assertThat(mvc.get().uri(page).with(accounts.as(planner)).exchange()).as(page)
				.hasStatusOk()
				.bodyText()
				.doesNotContain(SCRIPT);
		}
		assertThat(mvc.get().uri("/kpis/{id}", kpi).exchange()).hasStatusOk().bodyText().doesNotContain(SCRIPT);
	}

	@Test
	void aKpiNamedLikeAFormulaIsExportedAsText() throws Exception {
		long plan = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		long node = plans.tree(plan).orElseThrow().roots().get(0).id();
		long kpi = kpis.add(new NewKpi(plan, "formula-kpi", "=HYPERLINK(\"http://example.com\")", Unit.of("件"),
				Direction.INCREASE, Aggregation.YEARLY, null, null, null, null));
		kpis.addListing(node, kpi, 98, false);
		String csv = mvc.get()
			.uri("/plans/{id}/kpi-list.csv", plan)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://example.com\"\")\"").doesNotContain(",=HYPERLINK");
	}

}
