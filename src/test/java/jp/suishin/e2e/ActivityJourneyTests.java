package jp.suishin.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.activity.ActivityRecords;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A planner of the Sorachi bureau, in a real browser, goes from the plan page to the
 * activities of 令和6年度, sees what the sample data transcribed from seed 004, adds an
 * activity with a range of days written as the documents write it and sees it listed, is
 * refused an impossible date with the Japanese message naming the field (nothing stored),
 * and adds one of the next year's actions. Runs like {@link PlanAuthoringJourneyTests}.
 */
class ActivityJourneyTests extends BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String PLANNER = "sorachi-activity-planner";

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	ActivityRecords records;

	BrowserContext context;

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void aPlannerAddsAnActivityWithARange_seesItListed_andIsRefusedAnImpossibleDate() throws Exception {
		accounts.account(PLANNER, "sorachi-bureau", Role.PLANNER);
		long plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		long project = plans.tree(plan).orElseThrow().roots().get(2).id();
		FiscalYear r6 = FiscalYear.of(2024);
		context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1400, 900)
			.setBaseURL("http://localhost:" + port));
		Page page = context.newPage();
		page.navigate("/login");
		page.fill("#username", PLANNER);
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/me$"));

		page.navigate("/plans/" + plan);
		page.locator("#plan-activities-link").click();
		page.locator(".year-link", new Page.LocatorOptions().setHasText("R6")).click();
		assertThat(page.locator("h1")).containsText("R6年度");
		Locator section = page.locator("#node-" + project);
		assertThat(section.locator(".activity__title").first()).containsText("冬のそらちバスツアー");
		assertThat(section.locator(".next-action__text"))
			.hasText(new String[] { "「食」や「お酒」など空知の地域資源を活用したＰＲイベントの実施", "ＦＡＭトリップの開催", "体験住宅の整備・お試し暮らしの実施" });
		int before = records.activities(project, r6).size();

		// an activity with a range of days
		String form = "#add-activity-" + project;
		page.locator(form + " summary").click();
		page.fill(form + "-title", "そらちスイーツフェアの開催");
		page.fill(form + "-leads", "振興局・市町");
		page.fill(form + "-dates", "令和6年10月5日～6日");
		page.fill(form + "-place", "岩見沢駅東市民広場公園");
		page.fill(form + "-summary", "管内のスイーツを販売し、空知の食をPR。");
		page.fill(form + "-participants", "約1,200名来場");
		page.locator(form + "-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("取組・成果を追加しました。");
		Locator added = page.locator("#node-" + project + " li.activity").last();
		assertThat(added.locator(".activity__title")).containsText("そらちスイーツフェアの開催");
		assertThat(added.locator(".activity__leads")).hasText("[振興局・市町]");
		assertThat(added.locator(".activity__dates")).hasText("令和6年10月5日～6日");
		assertThat(added.locator(".activity__participants")).hasText("約1,200名来場");
		assertThat(records.activities(project, r6)).hasSize(before + 1);

		// an impossible date: refused with the Japanese message naming the field, nothing
		// stored
		page.locator(form + " summary").click();
		page.fill(form + "-title", "存在しない日の取組");
		page.fill(form + "-dates", "令和6年2月30日");
		page.locator(form + "-form button[type=submit]").click();
		assertThat(page.locator(form + "-dates-error"))
			.hasText("開催日：開催日「令和6年2月30日」は日付として読めません（例：令和5年9月16日～17日、R5.12月～）。");
		assertThat(page.locator(form + "-title")).hasValue("存在しない日の取組");
		assertThat(records.activities(project, r6)).hasSize(before + 1);

		// one of next year's actions
		String action = "#add-action-" + project;
		page.locator(action + " summary").click();
		page.fill(action + "-actionText", "空知スイーツの新商品開発");
		page.locator(action + "-form button[type=submit]").click();
		assertThat(page.locator(action + "-actionLeads-error")).containsText("実施主体");
		page.fill(action + "-actionLeads", "市町");
		page.locator(action + "-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("主な取組を追加しました。");
		assertThat(page.locator("#node-" + project + " .next-action__text").last()).hasText("空知スイーツの新商品開発");
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("activities-r6.png")).setFullPage(true));
	}

}
