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
import jp.suishin.organisation.OrganisationRepository;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A planner's journey in a real browser (Debian's headless Chromium driven by Playwright)
 * against the running app: from the start page to the Sorachi KPI list, the reference
 * figures, a KPI, a refused value, a saved value and the progress that changes with it.
 * Changing anything needs a signed-in planner of the plan's organisation (the Sorachi
 * bureau), who signs in through the sign-in form first. Runs on PostgreSQL when
 * {@code SUISHIN_TEST_PG_URL} is set (CI), else on the embedded database. Without
 * Chromium it is skipped, except on CI ({@code CI=true}), where it must run.
 */
class KpiListJourneyTests extends BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String PLANNER = "journey-planner";

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	TestAccounts testAccounts;

	BrowserContext context;

	Page page;

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1600, 900)
			.setBaseURL("http://localhost:" + port));
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	/**
	 * Opens (or finds) a planner of the Sorachi bureau, which owns the plan, and signs in
	 * through the form.
	 */
	void signInAsPlanner() {
		testAccounts.account(PLANNER, "sorachi-bureau", Role.PLANNER);
		page.navigate("/login");
		page.fill("#username", PLANNER);
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/me$"));
	}

	Locator progressCells() {
		return page.locator("#kpi-list tbody td.progress");
	}

	@Test
	void plannerOpensTheSorachiKpiList_correctsAValue_andSeesTheProgressChange() throws Exception {
		signInAsPlanner();
		page.navigate("/");
		page.locator("[data-plan-key='sorachi-doo-policy-2021'] a.kpi-list-link").click();

		assertThat(page.locator("h1")).containsText("令和6年度（2024年度）");
		assertThat(progressCells())
			.hasText(new String[] { "－％", "99.9％", "82.9％", "197.7％", "－％", "－％", "82.9％", "－％", "90.9％" });
		assertThat(page.locator("#summary-table td.tenths")).hasText(new String[] { "2割", "4割", "4割" });
		assertThat(page.locator("#summary-total")).hasText("7件");
		assertThat(page.locator("#kpi-list tr[data-kpi-key='sorachi-tantekko-visitors'] td.value-cell").last())
			.hasText("集計中（7月頃）");
		assertThat(page.locator("#summary-chart")).hasAttribute("data-chart-ready", "true");
		assertThat(page.locator("#kpi-list tr[data-kpi-key='sorachi-sns-followers'] td.grade")).hasText("達成");
		assertThat(page.locator("#analysis-text")).containsText("7件の評価指標（再掲を除く）");
		assertThat(page.locator("#analysis-text")).containsText("約4.4倍");
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("kpi-list.png")).setFullPage(true));

		page.locator("#kpi-list tr[data-kpi-key='sorachi-new-graduates'][data-relisted='false'] td.kpi-name a").click();
		assertThat(page.locator("h1")).hasText("新規高卒者管内企業就職率");
		assertThat(page.locator("#kpi-chart")).hasAttribute("data-chart-ready", "true");
		assertThat(page.locator("#kpi-values tr[data-year='2024'] td.progress")).hasText("82.9％");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("kpi.png")).setFullPage(true));

		page.selectOption("#year", "2024");
		page.fill("#value", "五十五");
		page.locator("#value-form button[type=submit]").click();
		assertThat(page.locator("#value-error")).containsText("実績値：「五十五」が数値として読み取れません");
		assertThat(page.locator("#kpi-values tr[data-year='2024'] td.value")).hasText("53.0％");

		page.selectOption("#year", "2024");
		page.fill("#value", "５５．０％");
		page.selectOption("#status", "CONFIRMED");
		page.fill("#note", "確定値に更新");
		page.locator("#value-form button[type=submit]").click();
		assertThat(page.locator("#saved-message")).containsText("86.1％");
		assertThat(page.locator("#kpi-values tr[data-year='2024'] td.value")).hasText("55.0％");
		assertThat(page.locator("#kpi-values tr[data-year='2024'] td.progress")).hasText("86.1％");
		Locator latest = page.locator("#audit-trail tbody tr").first();
		assertThat(latest).containsText("実績値の入力");
		assertThat(latest).containsText("53.0％");
		assertThat(latest).containsText("55.0％");

		page.locator("nav.breadcrumb a").nth(2).click();
		assertThat(page.locator("#kpi-list tr[data-kpi-key='sorachi-new-graduates'] td.progress"))
			.hasText(new String[] { "86.1％", "86.1％" });
		assertThat(page.locator("#summary-table td.tenths")).hasText(new String[] { "2割", "4割", "4割" });
	}

	@Test
	void plannerRewritesTheAnalysis_andGoesBackToTheDraft() {
		signInAsPlanner();
		page.navigate("/");
		page.locator("[data-plan-key='sorachi-doo-policy-2021'] a.kpi-list-link").click();
		page.selectOption("#year", "2022");
		page.locator("form.year-select button").first().click();
		assertThat(page.locator("h1")).containsText("令和4年度");
		page.locator("#analysis details summary").click();
		page.fill("#analysis-input", "・耕作面積は微減に留まっている。<b>要確認</b>");
		page.locator("#analysis-form button[type=submit]").click();
		assertThat(page.locator("#analysis-text")).hasText("・耕作面積は微減に留まっている。<b>要確認</b>");
		assertThat(page.locator("#analysis")).containsText("担当者が編集した分析です");
		page.locator("#analysis details summary").click();
		page.fill("#analysis-input", "");
		page.locator("#analysis-form button[type=submit]").click();
		assertThat(page.locator("#analysis-text")).containsText("7件の評価指標（再掲を除く）");
	}

	@Test
	void plannerSetsAMilestone_andALaggingValueShowsWithItsYear() throws Exception {
		signInAsPlanner();
		page.navigate("/");
		page.locator("[data-plan-key='sorachi-doo-policy-2021'] a.kpi-list-link").click();
		page.locator("#kpi-list tr[data-kpi-key='sorachi-certified-centers'] td.kpi-name a").click();
		assertThat(page.locator("h1")).hasText("認定こども園設置数");

		page.selectOption("#milestoneYear", "2023");
		page.fill("#milestoneValue", "２１カ所");
		page.locator("#milestone-form button[type=submit]").click();
		assertThat(page.locator("#saved-message")).containsText("目安値を保存しました");
		assertThat(page.locator("#kpi-values tr[data-year='2023'] td.milestone")).hasText("21カ所");
		assertThat(page.locator("#kpi-chart")).hasAttribute("data-chart-ready", "true");
		assertThat(page.locator("#kpi-chart").getAttribute("data-chart")).contains("\"milestones\":[");
		Object milestoneSeries = page.locator("#kpi-chart")
			.evaluate(
					"c => c.chart.data.datasets.filter(d => d.label === '目安値').map(d => d.data.filter(v => v !== null))");
		assertThat(String.valueOf(milestoneSeries)).contains("21");
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("kpi-milestones.png")).setFullPage(true));

		page.selectOption("#year", "2024");
		page.fill("#value", "－");
		page.locator("#value-form button[type=submit]").click();
		assertThat(page.locator("#saved-message")).containsText("削除しました");

		page.navigate(page.url().replaceAll("/kpis/.*", "") + "/plans/"
				+ page.locator("nav.breadcrumb a").nth(1).getAttribute("href").replaceAll("\\D", "")
				+ "/kpi-list?year=2024&scheme=milestone");
		Locator lagging = page.locator("#kpi-list tr[data-kpi-key='sorachi-certified-centers'] td.value-cell.lagging");
		assertThat(lagging).hasText("20カ所（R5）");
		assertThat(page.locator("#kpi-list tr[data-kpi-key='sorachi-certified-centers'] td.grade")).hasText("努力を要する");
	}

	@Test
	void theOrganisationsPageShowsTheZoneWithItsCenterCity() {
		page.navigate("/organisations");
		Locator zone = page.locator(".collaboration[data-key='south-sorachi-zone'] li");
		assertThat(zone).hasCount(9);
		assertThat(zone.first()).containsText("岩見沢市");
		assertThat(zone.first()).containsText("中心市");
		assertThat(page.locator("#organisations")).containsText("010006");
		assertThat(page.title()).contains("団体");
	}

}
