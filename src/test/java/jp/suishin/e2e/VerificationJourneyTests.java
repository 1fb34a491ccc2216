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
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import jp.suishin.verification.FollowUp;
import jp.suishin.verification.Opinion;
import jp.suishin.verification.VerificationRecords;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The experts' verification of the Sorachi policy in a real browser: an expert of the
 * bureau goes from the plan page to the verification of 令和5年度, is refused an impossible
 * date with the Japanese message naming the field (nothing stored), and gives an opinion
 * on a KPI; the bureau's planner writes the division's response, and on the next year's
 * page records the follow-up beside the original opinion, then fills in the KPI's row of
 * the national effect-verification form (the target and actual come from the KPI list),
 * refused first for a policy without its reason. Every page passes axe-core.
 */
class VerificationJourneyTests extends BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String EXPERT = "sorachi-verification-expert";

	static final String PLANNER = "sorachi-verification-planner";

	static final FiscalYear R5 = FiscalYear.of(2023);

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	VerificationRecords records;

	final List<BrowserContext> contexts = new ArrayList<>();

	long plan;

	long kpi;

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
	}

	@Test
	void anExpertsOpinion_getsTheDivisionsResponse_andItsFollowUpNextYear_besideTheEffectForm() throws Exception {
		accounts.account(EXPERT, "sorachi-bureau", Role.EXPERT);
		accounts.account(PLANNER, "sorachi-bureau", Role.PLANNER);
		plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		kpi = kpis.findByKey("sorachi-cultivated-area").orElseThrow().id();

		Page expert = signIn(EXPERT);
		long opinion = expertGivesAnOpinionOnR5(expert);
		Page planner = signIn(PLANNER);
		plannerResponds(planner, opinion);
		plannerRecordsTheFollowUpOnR6(planner, opinion);
		plannerFillsInTheEffectForm(planner);
	}

	/**
	 * The expert opens the verification from the plan page and gives an opinion on R5.
	 */
	long expertGivesAnOpinionOnR5(Page page) {
		page.navigate("/plans/" + plan);
		page.locator("#plan-verification-link").click();
		page.locator(".year-link", new Page.LocatorOptions().setHasText("R5")).click();
		assertThat(page.locator("h1")).containsText("効果検証（R5年度）");
		assertThat(page.locator("#opinions-none")).isVisible();
		Axe.assertNoSeriousViolations(page);

		// an impossible day: refused, the field named, what was typed kept, nothing
		// stored
		page.locator("#give-opinion summary").click();
		page.locator("#give-opinion-subject").selectOption("kpi:" + kpi);
		page.fill("#give-opinion-givenOn", "令和5年2月30日");
		page.fill("#give-opinion-text", "耕作面積の維持に向け、担い手の確保策を強化されたい。");
		page.locator("#give-opinion-form button[type=submit]").click();
		assertThat(page.locator("#give-opinion-givenOn-error"))
			.hasText("意見の日付：日付「令和5年2月30日」が読み取れません（例：2025-10-15、令和7年10月15日）。");
		assertThat(page.locator("#give-opinion-text")).hasValue("耕作面積の維持に向け、担い手の確保策を強化されたい。");
		assertThat(page.locator("#give-opinion-subject")).hasValue("kpi:" + kpi);
		assertThat(records.opinions(plan, R5)).isEmpty();

		page.fill("#give-opinion-givenOn", "令和5年10月20日");
		page.locator("#give-opinion-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("意見を記録しました。");
		Opinion given = records.opinions(plan, R5).get(0);
		Locator article = page.locator("#opinion-" + given.id());
		assertThat(article.locator(".opinion__subject")).containsText("空知の耕作面積の維持");
		assertThat(article.locator(".opinion__expert")).hasText(EXPERT + " さん");
		assertThat(article.locator(".opinion__given-on")).hasText("2023-10-20");
		assertThat(article.locator(".opinion__response")).hasText("（対応方針は未記入です）");
		// an expert writes no response
		assertThat(article.locator(".response-details")).hasCount(0);
		return given.id();
	}

	/** The planner writes the division's response to the opinion. */
	void plannerResponds(Page page, long opinion) {
		page.navigate("/plans/" + plan + "/verification?year=R5");
		Locator article = page.locator("#opinion-" + opinion);
		article.locator(".response-details summary").click();
		page.fill("#response-" + opinion + "-response", "担い手育成の補助制度を拡充し、R6年度から募集を始めます。");
		page.locator("#response-" + opinion + "-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("対応方針を保存しました。");
		assertThat(page.locator("#opinion-" + opinion + " .opinion__response"))
			.hasText("担い手育成の補助制度を拡充し、R6年度から募集を始めます。");
		// once answered, the opinion stays as it was answered
		assertThat(page.locator("#opinion-" + opinion + " .opinion-remove")).hasCount(0);
	}

	/**
	 * A year later the planner records what became of it, beside the original opinion.
	 */
	void plannerRecordsTheFollowUpOnR6(Page page, long opinion) {
		page.locator(".year-link", new Page.LocatorOptions().setHasText("R6")).click();
		Locator row = page.locator("#previous-" + opinion);
		assertThat(row.locator(".previous__text")).hasText("耕作面積の維持に向け、担い手の確保策を強化されたい。");
		assertThat(row.locator(".previous__response")).hasText("担い手育成の補助制度を拡充し、R6年度から募集を始めます。");
		row.locator("details summary").click();
		page.locator("#follow-up-" + opinion + "-followUp").selectOption("in-progress");
		page.fill("#follow-up-" + opinion + "-followUpNote", "補助制度を創設し、12経営体が応募した。");
		page.locator("#follow-up-" + opinion + "-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("対応状況を保存しました。");
		assertThat(page.locator("#previous-" + opinion + " .previous__follow-up"))
			.hasText(Pattern.compile("対応中\\s+補助制度を創設し、12経営体が応募した。"));
		assertThat(records.opinion(opinion).orElseThrow().followUp()).isEqualTo(FollowUp.IN_PROGRESS);

		page.navigate("/plans/" + plan + "/verification?year=R5");
		assertThat(page.locator("#opinion-" + opinion + " .opinion__follow-up")).containsText("対応中");
	}

	/** The planner fills in the KPI's row of R6's effect-verification form. */
	void plannerFillsInTheEffectForm(Page page) throws Exception {
		page.navigate("/plans/" + plan + "/verification?year=R6");
		Locator row = page.locator("#effect-" + kpi);
		assertThat(row.locator(".effect__indicator")).hasText("空知の耕作面積の維持");
		assertThat(row.locator(".effect__target")).hasText("113,600ha（R7）");
		assertThat(row.locator(".effect__actual")).hasText("113,500ha");
		row.locator("details summary").click();
		String form = "#effect-" + kpi;
		page.locator(form + "-effect").selectOption("considerable");
		page.fill(form + "-expertOpinion", "目標値に近い水準を維持しており、相当程度の効果があった。");
		page.locator(form + "-policy").selectOption("continue");
		page.locator(form + "-form button[type=submit]").click();
		assertThat(page.locator(form + "-policyReason-error")).hasText("今後の方針の理由：今後の方針を選んだときは、その理由を入力してください。");
		assertThat(page.locator(form + "-expertOpinion")).hasValue("目標値に近い水準を維持しており、相当程度の効果があった。");
		assertThat(records.effect(plan, FiscalYear.of(2024), kpi)).isEmpty();

		page.fill(form + "-policyReason", "担い手の確保と併せて耕作面積の維持を図る。");
		page.locator(form + "-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("効果検証を保存しました。");
		assertThat(page.locator("#effect-" + kpi + " .effect__effect")).hasText("地方創生に相当程度効果があった");
		assertThat(page.locator("#effect-" + kpi + " .effect__policy")).hasText("継続");
		assertThat(page.locator("#effect-" + kpi + " .effect__reason")).hasText("担い手の確保と併せて耕作面積の維持を図る。");
		Axe.assertNoSeriousViolations(page);
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("verification-r6.png")).setFullPage(true));
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

}
