package jp.suishin.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A planner, as a new user would, authors a plan in a real browser from nothing: signs
 * in, creates Yubari's plan from the マイページ, adds a goal, a measure under it, a program
 * and two KPIs with baseline and target, re-lists one under the goal, sees the plan page
 * and its KPI list (graded once a value is entered through the KPI page's value form),
 * renames and reorders nodes, removes the KPI without values (deleted) and the one with a
 * value (archived: still on its page with its history). Only the account is set up in
 * Java. Runs like {@link KpiListJourneyTests}.
 */
class PlanAuthoringJourneyTests extends BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String PLANNER = "yubari-planner";

	static final String PLAN_NAME = "夕張市まち・ひと・しごと創生総合戦略（第3期）";

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	AuditTrail audit;

	BrowserContext context;

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	Page signIn() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1400, 900)
			.setBaseURL("http://localhost:" + port));
		Page page = context.newPage();
		page.navigate("/login");
		page.fill("#username", PLANNER);
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/me$"));
		return page;
	}

	static Locator node(Page page, String title) {
		return page.locator("section.authoring-node", new Page.LocatorOptions().setHas(page
			.locator("h3 .authoring-node__title", new Page.LocatorOptions().setHasText(Pattern.compile(title + "$")))));
	}

	static long id(Locator node) {
		return Long.parseLong(node.getAttribute("id").substring("node-".length()));
	}

	static void addKpi(Page page, long nodeId, String name, String unit, String baseline, String baselineYear,
			String target, String targetYear) {
		String form = "#add-kpi-" + nodeId;
		if (page.locator(form).getAttribute("open") == null) {
			page.locator(form + " summary").click();
		}
		page.fill(form + "-kpiName", name);
		page.fill(form + "-kpiUnit", unit);
		page.selectOption(form + "-kpiDirection", "INCREASE");
		page.selectOption(form + "-kpiAggregation", "YEARLY");
		page.fill(form + "-baselineValue", baseline);
		page.fill(form + "-baselineYear", baselineYear);
		page.fill(form + "-targetValue", target);
		page.fill(form + "-targetYear", targetYear);
		page.locator(form + "-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("評価指標を追加しました。");
	}

	static void screenshot(Page page, String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

	@Test
	void aPlannerAuthorsAPlanFromNothing_seesItGraded_andRemovesKpisWithoutLosingWhatWasRecorded() throws Exception {
		accounts.account(PLANNER, "yubari", Role.PLANNER);
		Page page = signIn();

		// a new plan for the planner's organisation, its period in era and western years
		page.locator("#plan-new-link").click();
		assertThat(page.locator("h1")).hasText("新しい計画");
		assertThat(page.locator("#plan-owner option")).hasText(new String[] { "夕張市" });
		page.locator("#plan-create").click();
		assertThat(page.locator("#plan-planName-error")).containsText("計画の名称");
		page.fill("#plan-planName", PLAN_NAME);
		page.fill("#plan-periodFrom", "R7");
		page.fill("#plan-periodTo", "2029");
		page.fill("#plan-levelNames", "基本目標 → 施策");
		page.locator("#plan-create").click();
		assertThat(page.locator("h1")).hasText("計画の編集：" + PLAN_NAME);
		assertThat(page.locator("#saved")).containsText("計画を作成しました。");
		Plan plan = plans.findAll().stream().filter(p -> p.name().equals(PLAN_NAME)).findFirst().orElseThrow();
		assertThat(plan.period().from().value()).isEqualTo(2025);
		assertThat(plan.period().to().value()).isEqualTo(2029);

		// a goal, a measure under it, a program
		page.fill("#add-top-nodeCode", "1");
		page.fill("#add-top-nodeTitle", "しごとをつくる");
		page.locator("#add-top-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("項目を追加しました。");
		long goal = id(node(page, "しごとをつくる"));
		page.locator("#add-" + goal + " summary").click();
		page.fill("#add-" + goal + "-nodeCode", "(1)");
		page.fill("#add-" + goal + "-nodeTitle", "農業の担い手");
		page.fill("#add-" + goal + "-nodeLead", "産業振興課");
		page.locator("#add-" + goal + "-form button[type=submit]").click();
		long measure = id(node(page, "農業の担い手"));
		assertThat(node(page, "農業の担い手").locator("h3 .badge--level")).hasText("施策");
		page.locator("#add-program-" + measure + " summary").click();
		page.fill("#add-program-" + measure + "-programName", "新規就農者支援事業");
		page.fill("#add-program-" + measure + "-programLead", "産業振興課");
		page.locator("#add-program-" + measure + "-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("事業を追加しました。");
		assertThat(node(page, "農業の担い手").locator(".authoring-program__name")).hasText("新規就農者支援事業");

		// two KPIs with baseline and target; a mistake first, told next to its field
		String form = "#add-kpi-" + measure;
		page.locator(form + " summary").click();
		page.fill(form + "-kpiName", "新規就農者数");
		page.fill(form + "-baselineValue", "約？");
		page.locator(form + "-form button[type=submit]").click();
		assertThat(page.locator(form + "-baselineValue-error")).containsText("基準値");
		assertThat(page.locator(form + "-kpiName")).hasValue("新規就農者数");
		addKpi(page, measure, "新規就農者数", "人", "12", "R5", "25", "R11");
		addKpi(page, measure, "観光入込客数", "千人", "▲5", "2023", "550", "令和11年度");
		List<Kpi> added = kpis.findByPlan(plan.id());
		assertThat(added).extracting(Kpi::name).containsExactly("新規就農者数", "観光入込客数");
		long farmers = added.get(0).id();
		long visitors = added.get(1).id();
		assertThat(added.get(1).baseline().value()).isEqualByComparingTo("-5");

		// re-list one under the goal, without copying it
		node(page, "農業の担い手").locator("a.kpi-edit-link", new Locator.LocatorOptions().setHasText("新規就農者数")).click();
		page.selectOption("#relist-relistNode", String.valueOf(goal));
		page.locator("#relist-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("評価指標を再掲しました。");
		page.locator("#back-to-plan-edit").click();
		assertThat(node(page, "しごとをつくる").locator("li.authoring-kpi .relisted")).hasText("（再掲）");
		assertThat(kpis.findByPlan(plan.id())).hasSize(2);
		screenshot(page, "authoring-plan-edit.png");

		// the plan page and its KPI list, graded once a value is entered
		page.locator("#plan-page-link").click();
		assertThat(page.locator("h1")).hasText(PLAN_NAME);
		assertThat(page.locator("#plan-edit-link")).isVisible();
		assertThat(page.locator("ol.tree").first()).containsText("農業の担い手");
		page.navigate("/kpis/" + farmers);
		page.selectOption("#year", "2025");
		page.fill("#value", "15");
		page.selectOption("#status", "CONFIRMED");
		page.locator("#value-form button[type=submit]").click();
		assertThat(page.locator("#saved-message")).containsText("R7");
		page.navigate("/plans/" + plan.id() + "/kpi-list?year=2025");
		Locator row = page.locator("#kpi-list tr[data-relisted='false']",
				new Page.LocatorOptions().setHasText("新規就農者数"));
		assertThat(row.locator("td.progress")).not().hasText("－");
		assertThat(row.locator("td.grade")).not().isEmpty();
		assertThat(page.locator("#kpi-list tr[data-relisted='true']")).containsText("新規就農者数");
		screenshot(page, "authoring-kpi-list.png");

		// rename a node, add a second goal and move it first
		page.navigate("/plans/" + plan.id() + "/edit");
		node(page, "農業の担い手").locator("details.node-edit summary").click();
		page.fill("#node-" + measure + "-nodeTitle", "農業の担い手の確保");
		page.locator("#node-" + measure + " form.node-edit-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("項目を保存しました。");
		assertThat(page.locator("#node-" + measure + " h3 .authoring-node__title")).hasText("(1)　農業の担い手の確保");
		page.locator("#add-top summary").click();
		page.fill("#add-top-nodeCode", "2");
		page.fill("#add-top-nodeTitle", "ひとを呼ぶ");
		page.locator("#add-top-form button[type=submit]").click();
		long second = id(node(page, "ひとを呼ぶ"));
		page.locator("#node-" + second + " form button.node-up").click();
		assertThat(page.locator("section.authoring-node[data-depth='1'] h3 .authoring-node__title"))
			.hasText(new String[] { "2　ひとを呼ぶ", "1　しごとをつくる" });

		// the KPI without values is deleted; the one with a value is archived, its
		// history kept
		page.locator("li.authoring-kpi[data-kpi='" + visitors + "'] button.kpi-remove").click();
		assertThat(page.locator("#saved")).hasText("評価指標を削除しました。");
		assertThat(kpis.findById(visitors)).isEmpty();
		page.locator("#node-" + measure + " li.authoring-kpi[data-kpi='" + farmers + "'] button.kpi-remove").click();
		assertThat(page.locator("#saved")).containsText("評価指標をアーカイブしました");
		assertThat(page.locator("li.authoring-kpi")).hasCount(0);
		assertThat(kpis.findById(farmers)).isPresent();
		page.navigate("/plans/" + plan.id() + "/kpi-list?year=2025");
		assertThat(page.locator("#kpi-list")).not().containsText("新規就農者数");
		page.navigate("/kpis/" + farmers);
		assertThat(page.locator("#kpi-archived")).isVisible();
		assertThat(page.locator("#audit-trail")).containsText("評価指標のアーカイブ");
		assertThat(page.locator("#audit-trail")).containsText("実績値の入力");
		assertThat(audit.of(AuditSubject.kpi(farmers))).extracting(AuditEntry::action)
			.contains(AuditAction.KPI_ADDED, AuditAction.KPI_RELISTED, AuditAction.VALUE_SET, AuditAction.KPI_ARCHIVED);
		assertThat(audit.of(AuditSubject.plan(plan.id()))).extracting(AuditEntry::action)
			.contains(AuditAction.PLAN_CREATED, AuditAction.NODE_ADDED, AuditAction.NODE_EDITED, AuditAction.NODE_MOVED,
					AuditAction.KPI_REMOVED);
	}

}
