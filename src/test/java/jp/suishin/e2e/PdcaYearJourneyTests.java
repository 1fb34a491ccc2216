package jp.suishin.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.evaluation.EvaluationSheets;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole PDCA year of the Sorachi bureau's program 北海道空知魅力発信事業 in a real browser, each
 * person signed in on their own: the administrator sets the average personnel cost, the
 * planner opens the R6 sheet from the plan page naming the department in charge, the
 * department writes the sheet (refused first with funding that does not add up, nothing
 * stored) and completes 担当評価, a 課長 and a 部長 complete theirs, an external expert completes
 * 外部有識者評価, the planner records the decision, and the public sees the completed sheet with
 * its cost and the decision. One step per helper method, so that the calendar and the
 * experts' opinions can be put in between later.
 */
class PdcaYearJourneyTests extends BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final FiscalYear R6 = FiscalYear.of(2024);

	static final String ORGANISATION = "sorachi-bureau";

	static final String DEPARTMENT = "地域創生部地域政策課";

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	EvaluationSheets sheets;

	final List<BrowserContext> contexts = new ArrayList<>();

	long plan;

	Program program;

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
	}

	@Test
	void aPlannerADepartmentTwoStagesAndAnExpert_evaluateAProgram_andThePlannerDecides() throws Exception {
		plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		PlanTree tree = plans.tree(plan).orElseThrow();
		program = tree.inReadingOrder()
			.stream()
			.flatMap(n -> tree.programs(n.id()).stream())
			.filter(p -> p.name().equals("北海道空知魅力発信事業"))
			.findFirst()
			.orElseThrow();
		accounts.administrator("pdca-admin");
		accounts.account("pdca-planner", ORGANISATION, Role.PLANNER);
		accounts.editor("pdca-department", ORGANISATION, DEPARTMENT);
		accounts.account("pdca-chief", ORGANISATION, Role.SECTION_CHIEF);
		accounts.account("pdca-director", ORGANISATION, Role.DIRECTOR);
		accounts.account("pdca-expert", ORGANISATION, Role.EXPERT);

		// step 1: the installation's average personnel cost
		administratorSetsTheAveragePersonnelCost("pdca-admin", "8,000");
		// step 2: (calendar: the planner sets the year's dates — to come)
		// step 3: the sheet is opened
		plannerOpensTheSheet("pdca-planner");
		// step 4: the department in charge writes it and completes 担当評価
		departmentWritesTheSheet("pdca-department");
		completesTheirStage("pdca-department", "担当評価", "4", "3", "3", "improve", "担当課として改善して継続したい");
		// step 5: 課長 and 部長
		completesTheirStage("pdca-chief", "課長評価", "4", "3", "2", "improve", "発信の重点化が必要");
		completesTheirStage("pdca-director", "部長評価", "4", "3", "3", "continue", "部として継続を了承");
		// step 6: the external expert (opinions of the expert meeting — to come)
		completesTheirStage("pdca-expert", "外部有識者評価", "4", "4", "3", "continue", "フォロワーが目標を上回っている");
		// step 7: the planner's decision
		plannerRecordsTheDecision("pdca-planner");
		// step 8: the public sees the completed sheet and the decision
		thePublicSeesTheCompletedSheet();
	}

	Page signIn(String login) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1400, 900)
			.setBaseURL("http://localhost:" + port));
		contexts.add(context);
		Page page = context.newPage();
		page.navigate("/login");
		page.fill("#username", login);
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/me$"));
		return page;
	}

	String programPage() {
		return "/programs/" + program.id() + "?year=" + R6.eraLabel();
	}

	void administratorSetsTheAveragePersonnelCost(String login, String cost) {
		Page page = signIn(login);
		page.navigate("/admin/accounts");
		page.locator("#evaluation-settings-link").click();
		assertThat(page.locator("h1")).hasText("評価の設定");
		assertThat(page.locator("#stages li.evaluation-stage")).hasCount(4);
		page.fill("#personnel-cost-personnelCost", "たくさん");
		page.locator("#personnel-cost-form button[type=submit]").click();
		assertThat(page.locator("#personnel-cost-personnelCost-error")).containsText("平均人件費（1人工あたり、千円）：");
		page.fill("#personnel-cost-personnelCost", cost);
		page.locator("#personnel-cost-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("平均人件費を設定しました。");
		assertThat(page.locator("#personnel-cost-current")).hasText("現在の設定：8,000千円");
		Axe.assertNoSeriousViolations(page);
	}

	void plannerOpensTheSheet(String login) {
		Page page = signIn(login);
		page.navigate("/plans/" + plan);
		page.locator("a.program-link", new Page.LocatorOptions().setHasText(program.name())).first().click();
		page.locator(".year-link", new Page.LocatorOptions().setHasText("R6")).click();
		assertThat(page.locator("h1")).hasText(program.name() + "（R6年度の評価）");
		assertThat(page.locator("#no-sheet")).isVisible();
		page.locator("#open-sheet-form button[type=submit]").click();
		assertThat(page.locator("#open-sheet-department-error")).hasText("担当課：担当課を選んでください。");
		page.selectOption("#open-sheet-department",
				new com.microsoft.playwright.options.SelectOption().setLabel(DEPARTMENT));
		page.locator("#open-sheet-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("評価シートを作成しました。");
		assertThat(page.locator("#sheet-state")).hasText("評価中（すべての段階が完了すると公開されます）");
		assertThat(page.locator("#open-stages")).containsText("担当評価");
	}

	void departmentWritesTheSheet(String login) {
		Page page = signIn(login);
		page.navigate(programPage());
		String f = "#sheet-form";
		page.fill(f + "-purpose", "空知の魅力を発信し、認知度を高める");
		page.fill(f + "-target", "首都圏等の住民");
		page.fill(f + "-means", "公式SNS「そらち・デ・ビュー」とイベントでの情報発信");
		page.fill(f + "-intent", "空知への関心を高め、来訪・移住につなげる");
		page.locator(f + "-activityKpis input[data-kpi-key=sorachi-sns-followers]").check();
		page.locator(f + "-outcomeKpis input[data-kpi-key=sorachi-tourist-visitors]").check();
		page.fill(f + "-programCost", "12,000");
		page.fill(f + "-generalFund", "6,000");
		page.fill(f + "-nationalGrant", "5,000");
		page.fill(f + "-staffYears", "0.5");
		page.locator(f + "-form button[type=submit]").click();
		// 6,000 + 5,000 = 11,000 ≠ 12,000: refused naming 一般財源, which should be 7,000
		assertThat(page.locator(f + "-generalFund-error"))
			.hasText("一般財源：財源内訳の合計 11,000千円 が事業費 12,000千円 と一致しません（寄附金 0千円 を含む）。一般財源は 7,000千円 になるはずです。");
		assertThat(page.locator(f + "-purpose")).hasValue("空知の魅力を発信し、認知度を高める");
		assertThat(page.locator(f + "-activityKpis input[data-kpi-key=sorachi-sns-followers]")).isChecked();
		assertThat(page.locator(f + "-outcomeKpis input[data-kpi-key=sorachi-tourist-visitors]")).isChecked();
		assertThat(sheets.find(program.id(), R6).orElseThrow().content().purpose()).isNull();
		page.fill(f + "-generalFund", "7,000");
		page.locator(f + "-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("評価シートを保存しました。");
		assertThat(page.locator("#sheet-purpose")).hasText("空知の魅力を発信し、認知度を高める");
		assertThat(page.locator("#sheet-indicators .indicator--activity .indicator__actual")).hasText("28,672人");
		// 0.5 人工 × 8,000千円 = 4,000千円; 12,000 + 4,000 = 16,000千円; 16,000,000円 ÷ 28,672人 =
		// 558円
		assertThat(page.locator("#cost-personnel")).hasText("4,000千円");
		assertThat(page.locator("#cost-full")).hasText("16,000千円");
		assertThat(page.locator("#cost-unit")).hasText("558円");
		assertThat(page.locator("#cost-unit-basis")).containsText("28,672人");
		Axe.assertNoSeriousViolations(page);
	}

	void completesTheirStage(String login, String stage, String necessity, String effectiveness, String efficiency,
			String direction, String reason) throws Exception {
		Page page = signIn(login);
		page.navigate(programPage());
		assertThat(page.locator("#stage-form h2")).hasText(stage);
		page.selectOption("#stage-form-necessity", necessity);
		page.selectOption("#stage-form-effectiveness", effectiveness);
		page.selectOption("#stage-form-direction", direction);
		page.locator("#stage-form-form button[type=submit]").click();
		assertThat(page.locator("#stage-form-efficiency-error")).hasText("効率性：4から1の評価を選んでください。");
		assertThat(page.locator("#stage-form-reason-error")).hasText("理由：理由を記入してください。");
		page.selectOption("#stage-form-efficiency", efficiency);
		// what was chosen comes back with the refusal
		assertThat(page.locator("#stage-form-necessity")).hasValue(necessity);
		assertThat(page.locator("#stage-form-direction")).hasValue(direction);
		page.fill("#stage-form-reason", reason);
		page.locator("#stage-form-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("評価段階を完了しました。");
		Locator done = page.locator("#stage-results .stage-result").last();
		assertThat(done.locator(".stage-result__name")).hasText(stage);
		assertThat(done.locator(".stage-result__necessity")).hasText(necessity);
		assertThat(done).containsText(login);
		// earlier stages and the sheet's content are read-only now
		assertThat(page.locator("#stage-form")).hasCount(0);
		assertThat(page.locator("#sheet-edit")).hasCount(0);
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("pdca-" + login + ".png")).setFullPage(true));
	}

	void plannerRecordsTheDecision(String login) {
		Page page = signIn(login);
		page.navigate(programPage());
		assertThat(page.locator("#sheet-state")).hasText("評価完了");
		page.selectOption("#decision-form-direction", "improve");
		page.fill("#decision-form-reason", "SNSを中心に重点化して改善して継続する");
		page.fill("#decision-form-budgetConsequence", "R7予算で事業費を500千円減額");
		page.fill("#decision-form-decidedOn", "2025年10月20日");
		page.locator("#decision-form-form button[type=submit]").click();
		assertThat(page.locator("#decision-form-decidedOn-error")).containsText("決定日：");
		page.fill("#decision-form-decidedOn", "2025-10-20");
		page.locator("#decision-form-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("決定を記録しました。");
		assertThat(page.locator("#decision-direction")).hasText("改善して継続");
		assertThat(page.locator("#decision-budget")).hasText("R7予算で事業費を500千円減額");
	}

	void thePublicSeesTheCompletedSheet() throws Exception {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1400, 900)
			.setBaseURL("http://localhost:" + port));
		contexts.add(context);
		Page page = context.newPage();
		page.navigate(programPage());
		assertThat(page.locator("#sheet-state")).hasText("評価完了");
		assertThat(page.locator("#stage-results .stage-result__name"))
			.hasText(new String[] { "担当評価", "課長評価", "部長評価", "外部有識者評価" });
		assertThat(page.locator("#stage-results")).not().containsText("pdca-chief");
		assertThat(page.locator("#cost-full")).hasText("16,000千円");
		assertThat(page.locator("#decision-direction")).hasText("改善して継続");
		for (String form : List.of("#open-sheet", "#sheet-edit", "#stage-form", "#decision-edit")) {
			assertThat(page.locator(form)).hasCount(0);
		}
		Axe.assertNoSeriousViolations(page);
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("pdca-public.png")).setFullPage(true));
	}

}
