package jp.suishin.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.calendar.CalendarSteps;
import jp.suishin.calendar.StepKind;
import jp.suishin.calendar.StoredStep;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A planner of the Sorachi bureau, in a real browser, opens the evaluation calendar of
 * the later policy from the plan page, sets the dates of the year being collected (the
 * collection deadline already past) and an expert meeting, is refused an impossible date
 * with the Japanese message naming the field (nothing stored), marks the internal
 * evaluation done, and sees the current step, overdue, on the plan page and on マイページ; the
 * public's plan page shows no calendar.
 */
class CalendarJourneyTests extends BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String PLANNER = "sorachi-calendar-planner";

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	CalendarSteps steps;

	@Autowired
	Clock clock;

	BrowserContext context;

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void aPlannerSetsTheDates_andSeesTheCurrentStepOnThePlanPageAndMyPage() throws Exception {
		accounts.account(PLANNER, "sorachi-bureau", Role.PLANNER);
		long plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		LocalDate today = LocalDate.now(clock);
		// the year whose values are collected now: the fiscal year before today's
		FiscalYear year = FiscalYear.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1).previous();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1400, 900)
			.setBaseURL("http://localhost:" + port));
		Page page = signIn();

		// from the plan page to its calendar, which has no dates yet
		page.navigate("/plans/" + plan);
		assertThat(page.locator("#calendar-now")).containsText("日程はまだ登録されていません。");
		page.locator("#calendar-now .calendar-now__link").click();
		assertThat(page.locator("h1")).containsText(year.eraLabel() + "年度の実績");
		Axe.assertNoSeriousViolations(page);

		// an impossible date: refused naming the field, what was typed kept, nothing
		// stored
		page.fill("#dates-collectionDeadline", today.minusDays(3).toString());
		page.fill("#dates-decision", "令和8年2月30日");
		page.locator("#dates-submit").click();
		assertThat(page.locator("#dates-decision-error")).containsText("方針決定：「令和8年2月30日」は日付として読めません。");
		assertThat(page.locator("#dates-decision")).hasValue("令和8年2月30日");
		assertThat(steps.of(plan, year)).isEmpty();

		// the dates, the deadline three days past
		setDates(page, today.minusDays(3), today.plusDays(10), today.plusDays(40), today.plusDays(90));
		addMeeting(page, today.plusDays(20), "第1回 効果検証会議");
		assertThat(page.locator("#calendar-steps tbody tr")).hasCount(5);
		assertThat(page.locator("#calendar-steps tbody tr").first()).containsText("実績値の収集締切");
		assertThat(page.locator("#calendar-steps tbody tr").first()).containsText("期限超過");
		assertThat(page.locator("tr[data-kind=EXPERT_MEETING]")).containsText("第1回 効果検証会議");
		assertThat(page.locator("#calendar-current")).containsText("実績値の収集締切");

		// the internal evaluation marked done
		markDone(page, StepKind.INTERNAL_EVALUATION);
		assertThat(page.locator("tr[data-kind=INTERNAL_EVALUATION] .calendar-step__state")).containsText("完了");
		assertThat(steps.of(plan, year)).filteredOn(s -> s.kind() == StepKind.INTERNAL_EVALUATION)
			.singleElement()
			.extracting(StoredStep::doneBy)
			.isEqualTo(PLANNER);
		Axe.assertNoSeriousViolations(page);
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("calendar.png")).setFullPage(true));

		// the current step, overdue, on the plan page and on マイページ
		page.navigate("/plans/" + plan);
		assertThat(page.locator("#calendar-now .calendar-now__step")).hasText("実績値の収集締切");
		assertThat(page.locator("#calendar-now")).containsText("期限超過");
		assertThat(page.locator("#calendar-now .calendar-now__date")).hasText(today.minusDays(3).toString());
		Axe.assertNoSeriousViolations(page);
		page.navigate("/me");
		assertThat(page.locator("#calendar-glances tr[data-plan='" + plan + "'] .calendar-glance__step"))
			.containsText("実績値の収集締切");
		assertThat(page.locator("#calendar-glances tr[data-plan='" + plan + "']")).containsText("期限超過");
		Axe.assertNoSeriousViolations(page);

		// the public's plan page has no calendar
		BrowserContext anonymous = browser
			.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setBaseURL("http://localhost:" + port));
		try {
			Page publicPage = anonymous.newPage();
			publicPage.navigate("/plans/" + plan);
			assertThat(publicPage.locator("h1")).isVisible();
			assertThat(publicPage.locator("#calendar-now")).hasCount(0);
			publicPage.navigate("/plans/" + plan + "/calendar");
			assertThat(publicPage).hasURL(Pattern.compile(".*/login$"));
		}
		finally {
			anonymous.close();
		}
	}

	// Steps another journey (the PDCA year) can take on a plan's calendar page, signed in
	// as one of its planners.

	/** Opens a plan's calendar of a data year. */
	static void openCalendar(Page page, long plan, FiscalYear year) {
		page.navigate("/plans/" + plan + "/calendar?year=" + year.eraLabel());
		assertThat(page.locator("h1")).containsText(year.eraLabel() + "年度の実績");
	}

	/**
	 * Sets the single steps' dates on the open calendar page; {@code deadline} is left
	 * alone ({@code null}) when the year has a collection.
	 */
	static void setDates(Page page, LocalDate deadline, LocalDate internal, LocalDate decision, LocalDate publication) {
		if (deadline != null) {
			page.fill("#dates-collectionDeadline", deadline.toString());
		}
		page.fill("#dates-internalEvaluation", internal.toString());
		page.fill("#dates-decision", decision.toString());
		page.fill("#dates-publication", publication.toString());
		page.locator("#dates-submit").click();
		assertThat(page.locator("#saved")).hasText("日程を保存しました。");
	}

	static void addMeeting(Page page, LocalDate date, String label) {
		page.fill("#meeting-meetingDate", date.toString());
		page.fill("#meeting-label", label);
		page.locator("#meeting-submit").click();
		assertThat(page.locator("#saved")).hasText("外部有識者会議を追加しました。");
	}

	/** Marks the (first) step of a kind done on the open calendar page. */
	static void markDone(Page page, StepKind kind) {
		page.locator("tr[data-kind=" + kind.name() + "] .calendar-done").first().click();
		assertThat(page.locator("#saved")).hasText("完了にしました。");
	}

	Page signIn() {
		Page page = context.newPage();
		page.navigate("/login");
		page.fill("#username", PLANNER);
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/me$"));
		return page;
	}

}
