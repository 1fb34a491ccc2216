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
import jp.suishin.donation.DonationRecords;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A planner of Iwamizawa, in a real browser, sees the example donations' totals on the
 * plan page, records a donation designated to a program on the donations page and sees
 * the totals move as worked out by hand, is refused a day before the guide's period with
 * the Japanese message naming the field (nothing stored), marks the donor anonymous, and
 * the public page then shows the totals without the donor's name. Runs like
 * {@link ActivityJourneyTests}.
 */
class DonationJourneyTests extends BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String PLANNER = "iwamizawa-donation-planner";

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	DonationRecords records;

	BrowserContext context;

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void aPlannerRecordsADonation_seesTheTotalsMove_isRefusedADayBeforeTheGuide_andThePublicNeverSeesAnAnonymousName()
			throws Exception {
		accounts.account(PLANNER, "iwamizawa", Role.PLANNER);
		long plan = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		PlanTree tree = plans.tree(plan).orElseThrow();
		long program = tree.inReadingOrder()
			.stream()
			.flatMap(n -> tree.programs(n.id()).stream())
			.filter(p -> p.name().equals("地域情報化推進事業"))
			.map(Program::id)
			.findFirst()
			.orElseThrow();
		int before = records.ofPlan(plan).size();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1400, 900)
			.setBaseURL("http://localhost:" + port));
		Page page = context.newPage();
		page.navigate("/login");
		page.fill("#username", PLANNER);
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/me$"));

		// the plan page: the examples 5,000 + 3,000 + 2,000 + 10,000 + 1,500 = 21,500千円,
		// 21,500 ÷ 530,000 = 4.06% → 4.1%
		page.navigate("/plans/" + plan);
		assertThat(page.locator("#donation-summary #donation-cumulative")).hasText("21,500千円");
		assertThat(page.locator("#donation-summary #donation-share")).hasText("4.1％");
		assertThat(page.locator("#donation-summary #donation-examples")).containsText("例示");
		Axe.assertNoSeriousViolations(page);
		page.locator("#plan-donations-edit-link").click();
		assertThat(page.locator("h1")).containsText("寄附の記録");
		Axe.assertNoSeriousViolations(page);

		// a donation designated to a program
		String form = "#add-donation";
		page.fill(form + "-donor", "株式会社ジャーニー");
		page.fill(form + "-receivedOn", "令和7年5月10日");
		page.fill(form + "-amount", "8,500");
		page.selectOption(form + "-programId", String.valueOf(program));
		page.locator("#add-donation-submit").click();
		assertThat(page.locator("#saved")).hasText("寄附を記録しました。");
		// 21,500 + 8,500 = 30,000千円; 30,000 ÷ 530,000 = 5.66% → 5.7%
		assertThat(page.locator("#donation-cumulative")).hasText("30,000千円");
		assertThat(page.locator("#donation-share")).hasText("5.7％");
		assertThat(page.locator("#donation-year-2025 .donation__total, #donation-year-2025 .donation-totals__total"))
			.hasText("8,500千円");
		Locator added = page.locator("li.donation", new Page.LocatorOptions().setHasText("株式会社ジャーニー"));
		assertThat(added.locator(".donation__program")).hasText("地域情報化推進事業");
		assertThat(records.ofPlan(plan)).hasSize(before + 1);

		// a day before the guide's period (FY2020–FY2027 starts on 2020-04-01): refused,
		// naming the field, with what was typed kept and nothing stored
		page.fill(form + "-donor", "株式会社期間外");
		page.fill(form + "-receivedOn", "2020-03-31");
		page.fill(form + "-amount", "1,000");
		page.locator("#add-donation-submit").click();
		assertThat(page.locator(form + "-receivedOn-error"))
			.hasText("受領日：受領日 2020-03-31 は寄附の金額の目安の期間（令和2年度～令和9年度：2020-04-01～2028-03-31）の外です。");
		assertThat(page.locator(form + "-donor")).hasValue("株式会社期間外");
		assertThat(records.ofPlan(plan)).hasSize(before + 1);

		// the donor asks not to be named
		added = page.locator("li.donation", new Page.LocatorOptions().setHasText("株式会社ジャーニー"));
		added.locator("summary").click();
		added.locator("input[name=anonymous]").check();
		added.locator("form button[type=submit]").last().click();
		assertThat(page.locator("#saved")).hasText("寄附を保存しました。");
		assertThat(page.locator("li.donation", new Page.LocatorOptions().setHasText("株式会社ジャーニー"))
			.locator(".donation__anonymous")).hasText("匿名希望");
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("donations-edit.png")).setFullPage(true));

		// the public: the totals, the program, never the anonymous donor's name
		BrowserContext visitor = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1400, 900)
			.setBaseURL("http://localhost:" + port));
		try {
			Page pub = visitor.newPage();
			pub.navigate("/plans/" + plan);
			assertThat(pub.locator("#donation-summary #donation-cumulative")).hasText("30,000千円");
			assertThat(pub.locator("#plan-donations-edit-link")).hasCount(0);
			pub.locator("#plan-donations-link").click();
			assertThat(pub.locator("#donation-cumulative")).hasText("30,000千円");
			assertThat(pub.locator("#donations-2025 .donation__program")).hasText("地域情報化推進事業");
			assertThat(pub.locator("#donations-2025 .donation__donor")).hasText("匿名（企業名の公表を希望しない寄附者）");
			assertThat(pub.locator("main")).not().containsText("株式会社ジャーニー");
			assertThat(pub.locator("main")).not().containsText("（例示）匿名を希望する法人");
			assertThat(pub.locator(".donation__example").first()).hasText("例示");
			Axe.assertNoSeriousViolations(pub);
			pub.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("donations-public.png"))
				.setFullPage(true));
		}
		finally {
			visitor.close();
		}

		// removed again: the totals go back to the examples'
		page.locator("li.donation", new Page.LocatorOptions().setHasText("株式会社ジャーニー"))
			.locator(".donation-remove")
			.click();
		assertThat(page.locator("#saved")).hasText("寄附を削除しました。");
		assertThat(page.locator("#donation-cumulative")).hasText("21,500千円");
		assertThat(records.ofPlan(plan)).hasSize(before);
	}

}
