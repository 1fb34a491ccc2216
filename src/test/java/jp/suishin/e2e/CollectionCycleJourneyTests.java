package jp.suishin.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;

import jp.suishin.TestAccounts;
import jp.suishin.account.OpeningAccount;
import jp.suishin.account.Role;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The yearly collection end to end in a real browser, with three people each in a browser
 * context of their own, signed in through the sign-in form: Iwamizawa's planner opens R7
 * (2025) of the regional revitalization plan and puts 企画課 and 農政課 in charge of one KPI
 * each; the two departments enter and submit; the planner returns one value with a
 * comment and approves the other; the department corrects and submits again; the planner
 * approves everything, locks the year and reopens the corrected value with a reason. The
 * KPI's audit trail shows every step with who took it, and the public sees the approved
 * value but not the reopened one. Only the accounts are set up in Java; everything else
 * happens in the browser. Runs like {@link KpiListJourneyTests}.
 */
class CollectionCycleJourneyTests extends BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String PLAN = "iwamizawa-regional-revitalization";

	static final String YEAR = "2025";

	static final String PLANNER = "iwamizawa-planner";

	static final String EDITOR_A = "kikaku-editor";

	static final String EDITOR_B = "nosei-editor";

	static final String COMMENT = "R6の値が入っています。R7の値に直してください。";

	static final String REASON = "統計の確定値が公表され、数値が改定されたため";

	static final String LOCKED = "R7の値は承認済みでロックされています。変更するには企画担当が理由を添えて再開してください。";

	@Autowired
	OpeningAccount opening;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	AuditTrail audit;

	final List<BrowserContext> contexts = new ArrayList<>();

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
	}

	/** A browser context of its own: cookies, and so the session, are not shared. */
	Page newPage() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1600, 900)
			.setBaseURL("http://localhost:" + port));
		contexts.add(context);
		return context.newPage();
	}

	/**
	 * Signs in through the form and checks that the session id changed with it (no
	 * session fixation) and that the sign-in lands on the dashboard.
	 */
	Page signIn(String login) {
		Page page = newPage();
		page.navigate("/login");
		String before = sessionId(page);
		assertThat(before).as("the sign-in page starts a session (its form carries a CSRF token)").isNotNull();
		page.fill("#username", login);
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/me$"));
		assertThat(page.locator("h1")).hasText("マイページ");
		assertThat(page.locator("#nav-account")).hasText(login + " さん");
		String after = sessionId(page);
		assertThat(after).as("a new session id at sign-in").isNotNull().isNotEqualTo(before);
		page.waitForLoadState();
		return page;
	}

	static String sessionId(Page page) {
		return page.context()
			.cookies()
			.stream()
			.filter(c -> c.name.equals("JSESSIONID"))
			.map(c -> c.value)
			.findFirst()
			.orElse(null);
	}

	static Locator row(Page page, long kpiId) {
		return page.locator("#items tr[data-kpi='" + kpiId + "']");
	}

	static Locator toDo(Page page, long kpiId) {
		return page.locator("section.to-do tr[data-kpi='" + kpiId + "']");
	}

	static void screenshot(Page page, String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

	/** Enters a value of the year on the KPI page's form, as its page offers it. */
	static void enterValue(Page page, String value, String note) {
		assertThat(page.locator("#value-form")).isVisible();
		page.selectOption("#year", YEAR);
		page.fill("#value", value);
		page.selectOption("#status", "CONFIRMED");
		page.fill("#source", "岩見沢市調べ");
		page.fill("#note", note);
		page.locator("#value-form button[type=submit]").click();
		assertThat(page.locator("#saved-message")).containsText("R7の実績値を保存しました。");
	}

	/** Takes a step on a KPI's row of the collection page and checks the outcome. */
	static void step(Page page, long kpiId, String form, String done, String state) {
		row(page, kpiId).locator(form + " button").click();
		assertThat(page.locator("#saved-message")).hasText(done);
		assertThat(row(page, kpiId).locator("td.state")).hasText(state);
		// The page streams: let it finish before asking what it does not show.
		page.waitForLoadState();
	}

	@Test
	void plannerAndTwoDepartmentsRunAYearsCollection_andTheAuditTrailShowsEveryStep() throws Exception {
		TestAccounts accounts = testAccounts;
		accounts.account(PLANNER, "iwamizawa", Role.PLANNER);
		accounts.editor(EDITOR_A, "iwamizawa", "企画課");
		accounts.editor(EDITOR_B, "iwamizawa", "農政課");
		long planId = plans.findByKey(PLAN).orElseThrow().id();
		long x = kpis.findByKey("iwamizawa-total-income-per-person").orElseThrow().id();
		long y = kpis.findByKey("iwamizawa-agricultural-output").orElseThrow().id();

		// 1. The planner opens R7 with a deadline two months ahead.
		Page planner = signIn(PLANNER);
		Locator open = planner.locator("form.open-form[data-plan='" + PLAN + "']");
		open.locator("select[name=year]").selectOption(YEAR);
		open.locator("input[type=date][name=deadline]").fill(LocalDate.now().plusMonths(2).toString());
		open.locator("button[type=submit]").click();
		assertThat(planner).hasURL(Pattern.compile(".*/collections/\\d+$"));
		String collection = planner.url().replaceAll(".*(/collections/\\d+)$", "$1");
		assertThat(planner.locator("h1")).containsText("R7");
		assertThat(planner.locator("#collection-state")).hasText("収集中");
		assertThat(planner.locator("#saved-message")).hasText("収集を開始しました。担当課を設定してください。");
		assertThat(planner.locator("#items tbody tr")).hasCount(kpis.findByPlan(planId).size());
		assertThat(kpis.findByPlan(planId)).hasSize(15);

		// 2. It puts 企画課 in charge of X and 農政課 of Y.
		row(planner, x).locator(".assign-form select[name=departmentId]")
			.selectOption(new SelectOption().setLabel("企画課"));
		row(planner, x).locator(".assign-form button").click();
		assertThat(planner.locator("#saved-message")).hasText("担当課を設定しました。");
		row(planner, y).locator(".assign-form select[name=departmentId]")
			.selectOption(new SelectOption().setLabel("農政課"));
		row(planner, y).locator(".assign-form button").click();
		assertThat(planner.locator("#saved-message")).hasText("担当課を設定しました。");
		assertThat(planner.locator("#progress tr[data-department='企画課'] td").nth(1)).hasText("1");
		assertThat(planner.locator("#progress tr[data-department='農政課'] td").nth(1)).hasText("1");

		// 3. Each department finds its KPI on its dashboard, enters the value and
		// submits.
		Page editorA = signIn(EDITOR_A);
		assertThat(toDo(editorA, x).locator("td.state")).hasText("未提出");
		assertThat(toDo(editorA, y)).hasCount(0);
		toDo(editorA, x).locator("a").click();
		assertThat(editorA).hasURL(Pattern.compile(".*/kpis/" + x + "\\?year=" + YEAR + "#edit$"));
		enterValue(editorA, "1,650", "市民所得推計より");
		assertThat(editorA.locator("#kpi-values tr[data-year='" + YEAR + "'] td.value")).hasText("1,650千円");
		editorA.navigate(collection);
		assertThat(row(editorA, y).locator(".submit-form, .approve-form, .return-form, .reopen-form")).hasCount(0);
		assertThat(editorA.locator(".assign-form, #lock-form, #remind-form")).hasCount(0);
		step(editorA, x, ".submit-form", "提出しました。", "提出済（承認待ち）");
		assertThat(editorA.locator(".approve-form")).hasCount(0);

		Page editorB = signIn(EDITOR_B);
		assertThat(toDo(editorB, y).locator("td.state")).hasText("未提出");
		assertThat(toDo(editorB, x)).hasCount(0);
		toDo(editorB, y).locator("a").click();
		enterValue(editorB, "16,900", "農林業センサス等より推計");
		editorB.navigate(collection);
		assertThat(row(editorB, x).locator(".submit-form, .approve-form, .return-form")).hasCount(0);
		step(editorB, y, ".submit-form", "提出しました。", "提出済（承認待ち）");

		// Editor A may not enter 農政課's KPI: no form, and a POST anyway is refused.
		editorA.navigate("/kpis/" + y + "?year=" + YEAR);
		assertThat(editorA.locator("h1")).hasText("農業算出額");
		assertThat(editorA.locator("#value-form")).hasCount(0);
		String csrf = editorA.locator("form.site-header__signout input[name=_csrf]").getAttribute("value");
		APIResponse refused = editorA.context()
			.request()
			.post("http://localhost:" + port + "/kpis/" + y + "/values",
					RequestOptions.create()
						.setMaxRedirects(0)
						.setForm(FormData.create().set("_csrf", csrf).set("year", YEAR).set("value", "1")));
		assertThat(refused.status()).isEqualTo(403);
		editorA.reload();
		assertThat(editorA.locator("#kpi-values tr[data-year='" + YEAR + "'] td.value")).hasText("16,900百万円");

		// 4. The planner returns X with a comment and approves Y.
		planner.navigate(collection);
		assertThat(row(planner, x).locator("td.value")).hasText("1,650千円");
		row(planner, x).locator(".return-form input[name=comment]").fill(COMMENT);
		step(planner, x, ".return-form", "差し戻しました。", "差戻し");
		assertThat(row(planner, x).locator("td.remark")).hasText(COMMENT);
		step(planner, y, ".approve-form", "承認しました。この値はロックされました。", "承認済（ロック）");
		assertThat(planner.locator("#progress tr[data-department='農政課'] td.approved")).hasText("1");
		screenshot(planner, "collection.png");

		// 5. Editor B cannot change the approved value.
		editorB.navigate("/kpis/" + y + "?year=" + YEAR);
		if (editorB.locator("#value-form").count() > 0) {
			editorB.selectOption("#year", YEAR);
			editorB.fill("#value", "17,000");
			editorB.locator("#value-form button[type=submit]").click();
			assertThat(editorB.locator("#year-error")).hasText(LOCKED);
		}
		assertThat(editorB.locator("#kpi-values tr[data-year='" + YEAR + "'] td.value")).hasText("16,900百万円");

		// Editor A reads the comment, corrects the value and submits again.
		editorA.navigate("/me");
		assertThat(toDo(editorA, x).locator("td.state")).hasText("差戻し");
		assertThat(toDo(editorA, x)).containsText(COMMENT);
		toDo(editorA, x).locator("a").click();
		assertThat(editorA.locator("#value")).hasValue("1,650");
		enterValue(editorA, "1,720", "R7の値に訂正");
		editorA.navigate(collection);
		step(editorA, x, ".submit-form", "提出しました。", "提出済（承認待ち）");

		// 6. The planner approves X, then enters, submits and approves every other KPI.
		planner.navigate(collection);
		assertThat(row(planner, x).locator("td.value")).hasText("1,720千円");
		step(planner, x, ".approve-form", "承認しました。この値はロックされました。", "承認済（ロック）");
		// The page streams: read the rows only once the whole table is there.
		int total = kpis.findByPlan(planId).size();
		assertThat(planner.locator("#items tbody tr")).hasCount(total);
		List<Long> others = new ArrayList<>();
		for (Locator item : planner.locator("#items tbody tr").all()) {
			long id = Long.parseLong(item.getAttribute("data-kpi"));
			if (id != x && id != y) {
				others.add(id);
			}
		}
		assertThat(others).hasSize(total - 2);
		planner.locator("#lock-form button").click();
		assertThat(planner.locator("#refused-message"))
			.hasText("承認されていない評価指標が" + others.size() + "件あります。すべて承認してから確定してください。");
		for (long other : others) {
			planner.navigate("/kpis/" + other + "?year=" + YEAR);
			enterValue(planner, "1", "企画担当が入力");
			planner.navigate(collection);
			step(planner, other, ".submit-form", "提出しました。", "提出済（承認待ち）");
			step(planner, other, ".approve-form", "承認しました。この値はロックされました。", "承認済（ロック）");
		}
		screenshot(planner, "collection-approved.png");

		// 7. The planner locks the year, then reopens X with a reason.
		planner.locator("#lock-form button").click();
		assertThat(planner.locator("#saved-message")).hasText("年度を確定し、ロックしました。");
		assertThat(planner.locator("#collection-state")).hasText("確定（ロック済み）");
		planner.waitForLoadState();
		assertThat(planner.locator("#lock-form, .submit-form, .approve-form")).hasCount(0);
		screenshot(planner, "collection-locked.png");
		row(planner, x).locator(".reopen-form input[name=reason]").fill(REASON);
		step(planner, x, ".reopen-form", "再開しました。担当課が修正できます。", "再開（修正中）");
		assertThat(planner.locator("#collection-state")).hasText("収集中");
		assertThat(row(planner, x).locator("td.remark")).hasText(REASON);
		assertThat(row(planner, y).locator("td.state")).hasText("承認済（ロック）");
		editorA.navigate("/me");
		assertThat(toDo(editorA, x).locator("td.state")).hasText("再開（修正中）");

		// 8. X's audit trail shows every step, newest first, with who took it, down to
		// the KPI's creation by the sample data.
		planner.navigate("/kpis/" + x + "?year=" + YEAR);
		Locator trail = planner.locator("#history #audit-trail tbody tr");
		assertThat(trail).hasCount(9);
		String[] actions = { "VALUE_REOPENED", "VALUE_APPROVED", "VALUE_SUBMITTED", "VALUE_SET", "VALUE_RETURNED",
				"VALUE_SUBMITTED", "VALUE_SET", "DEPARTMENT_ASSIGNED", "KPI_ADDED" };
		String[] labels = { "再開", "承認（ロック）", "提出", "実績値の入力", "差戻し", "提出", "実績値の入力", "担当課の設定", "評価指標の追加" };
		String[] actors = { PLANNER, PLANNER, EDITOR_A, EDITOR_A, PLANNER, EDITOR_A, EDITOR_A, PLANNER, "sample-data" };
		for (int i = 0; i < actions.length; i++) {
			Locator entry = trail.nth(i);
			assertThat(entry).hasAttribute("data-action", actions[i]);
			assertThat(entry.locator("td").nth(1)).hasText(actors[i]);
			assertThat(entry.locator("td").nth(2)).hasText(labels[i]);
			if (i < 7) {
				assertThat(entry.locator("td").nth(3)).hasText("R7");
			}
		}
		assertThat(trail.nth(0).locator("td").nth(6)).hasText(REASON);
		assertThat(trail.nth(0).locator("td").nth(4)).hasText("承認済");
		assertThat(trail.nth(0).locator("td").nth(5)).hasText("再開");
		assertThat(trail.nth(7).locator("td").nth(4)).hasText("－");
		assertThat(trail.nth(7).locator("td").nth(5)).hasText("企画課");
		assertThat(trail.nth(3).locator("td").nth(4)).containsText("1,650千円");
		assertThat(trail.nth(3).locator("td").nth(5)).containsText("1,720千円");
		assertThat(trail.nth(4).locator("td").nth(6)).hasText(COMMENT);
		assertThat(trail.nth(6).locator("td").nth(4)).hasText("－");
		assertThat(trail.nth(6).locator("td").nth(5)).containsText("1,650千円");
		screenshot(planner, "collection-audit-trail.png");

		// The year's opening and locking are on the plan's trail.
		List<AuditEntry> planTrail = audit.of(AuditSubject.plan(planId));
		assertThat(planTrail).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::detail)
			.containsSubsequence(tuple(AuditAction.COLLECTION_LOCKED, PLANNER, "R7"),
					tuple(AuditAction.COLLECTION_OPENED, PLANNER, "R7"));

		// 9. The public sees the approved value of Y, not the reopened one of X.
		Page reader = newPage();
		reader.navigate("/plans/" + planId + "/kpi-list?year=" + YEAR);
		assertThat(reader.locator("#nav-sign-in")).isVisible();
		assertThat(reader.locator("#kpi-list tr[data-kpi-key='iwamizawa-agricultural-output']"))
			.containsText("16,900百万円");
		assertThat(reader.locator("#kpi-list tr[data-kpi-key='iwamizawa-total-income-per-person']")).not()
			.containsText("1,720千円");
		reader.navigate("/kpis/" + x + "?year=" + YEAR);
		assertThat(reader.locator("#kpi-values tr[data-year='" + YEAR + "'] td.value")).hasText("－");
		assertThat(reader.locator("#history, #value-form")).hasCount(0);
		reader.navigate("/kpis/" + y + "?year=" + YEAR);
		assertThat(reader.locator("#kpi-values tr[data-year='" + YEAR + "'] td.value")).hasText("16,900百万円");

		// Signing out ends the session: the dashboard asks to sign in again.
		editorA.locator("#sign-out").click();
		assertThat(editorA).hasURL(Pattern.compile(".*/login\\?signedOut$"));
		assertThat(editorA.locator("#signed-out")).isVisible();
		editorA.navigate("/me");
		assertThat(editorA).hasURL(Pattern.compile(".*/login$"));
		assertThat(editorA.locator("#login-form")).isVisible();
	}

}
