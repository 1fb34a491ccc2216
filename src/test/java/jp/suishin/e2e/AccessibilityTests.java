package jp.suishin.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.edition.EditionRepository;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanRepository;

/**
 * JIS X 8341-3:2016 level AA (WCAG 2.1 AA) in a real browser: axe-core ({@link Axe}) on
 * the public pages (the plan list, a plan, its KPI list, a KPI, the organisations, the
 * sign-in page, the English KPI list) and on the staff pages a planner works on (the
 * dashboard, the collection page, the KPI page with its forms) finds no serious or
 * critical violation; on a phone (375×812) the KPI list and the KPI page do not overflow
 * sideways (wide tables scroll inside their region); the 日本語/English switch changes the
 * page's language and the choice stays on the next page; and a keyboard reaches the
 * scroll regions and scrolls them. Runs like {@link KpiListJourneyTests}.
 */
class AccessibilityTests extends BrowserJourney {

	static final String PLAN = "sorachi-doo-policy-2021";

	static final String KPI = "sorachi-new-graduates";

	static final String PLANNER = "a11y-planner";

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	EditionRepository editions;

	final List<BrowserContext> contexts = new ArrayList<>();

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	Page newPage(int width, int height) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(width, height)
			.setBaseURL("http://localhost:" + port));
		contexts.add(context);
		return context.newPage();
	}

	String kpiList() {
		return "/plans/" + plans.findByKey(PLAN).orElseThrow().id() + "/kpi-list";
	}

	String kpi() {
		return "/kpis/" + kpis.findByKey(KPI).orElseThrow().id();
	}

	/**
	 * The public pages of the plan's editions: the first sample edition (令和6年度版) and its
	 * lists.
	 */
	List<String> editionPages() {
		long plan = plans.findByKey(PLAN).orElseThrow().id();
		long owner = plans.findByKey(PLAN).orElseThrow().ownerId();
		long edition = editions.ofPlan(plan).get(0).id();
		return List.of("/editions/" + edition, "/editions/" + edition + "?lang=en", "/plans/" + plan + "/editions",
				"/organisations/" + owner + "/editions", "/open-data", "/open-data?lang=en");
	}

	/** Opens the page, waits for its charts, and runs axe on it. */
	static Executable axeOn(Page page, String path) {
		return () -> {
			page.navigate(path);
			page.waitForLoadState();
			Locator charts = page.locator("[data-chart]");
			for (int i = 0; i < charts.count(); i++) {
				assertThat(charts.nth(i)).hasAttribute("data-chart-ready", "true");
			}
			Axe.assertNoSeriousViolations(page);
		};
	}

	/** The check itself: axe runs, and a page with faults fails, naming them. */
	@Test
	void axeFailsAPageWithAnImageWithoutTextAndAButtonWithoutName() {
		Page page = newPage(800, 600);
		page.setContent("<!DOCTYPE html><html lang=\"ja\"><head><title>t</title></head><body><main>"
				+ "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><button></button></main></body></html>");
		assertThat(Axe.violations(page)).extracting(v -> v.getId()).contains("image-alt", "button-name");
		assertThatThrownBy(() -> Axe.assertNoSeriousViolations(page)).hasMessageContaining("image-alt [critical]")
			.hasMessageContaining("button-name [critical]")
			.hasMessageContaining("[img]");
	}

	@Test
	void thePublicPagesHaveNoSeriousViolations() {
		// wide enough for the whole KPI table, so that axe sees (and checks the contrast
		// of) every cell
		Page page = newPage(1920, 1080);
		String plan = kpiList().replace("/kpi-list", "");
		assertAll(axeOn(page, "/"), axeOn(page, "/organisations"), axeOn(page, plan), axeOn(page, kpiList()),
				axeOn(page, kpi()), axeOn(page, "/login"), axeOn(page, kpiList() + "?lang=en"),
				axeOn(page, kpi() + "?lang=en"), axeOn(page, "/?lang=en"));
	}

	@Test
	void theEditionsPublicPagesHaveNoSeriousViolations() {
		Page page = newPage(1920, 1080);
		assertAll(editionPages().stream().map(path -> axeOn(page, path)));
	}

	@Test
	void theStaffPagesOfAPlannerHaveNoSeriousViolations() {
		testAccounts.account(PLANNER, "iwamizawa", Role.PLANNER);
		Page page = newPage(1280, 900);
		page.navigate("/login");
		page.fill("#username", PLANNER);
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/me$"));
		Axe.assertNoSeriousViolations(page);

		Locator open = page.locator("form.open-form[data-plan='iwamizawa-regional-revitalization']");
		open.locator("select[name=year]").selectOption("2025");
		open.locator("input[type=date][name=deadline]").fill(LocalDate.now().plusMonths(2).toString());
		open.locator("button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/collections/\\d+$"));
		page.waitForLoadState();
		String collection = page.url().replaceAll(".*(/collections/\\d+)$", "$1");
		String kpi = "/kpis/" + kpis.findByKey("iwamizawa-total-income-per-person").orElseThrow().id();
		assertAll(() -> Axe.assertNoSeriousViolations(page), axeOn(page, kpi + "?year=2025"), () -> {
			// a refused value: the error summary and the field's message tied to its
			// input
			page.selectOption("#year", "2025");
			page.fill("#value", "五十五");
			page.locator("#value-form button[type=submit]").click();
			assertThat(page.locator("#value-error")).isVisible();
			assertThat(page.locator("#value")).hasAttribute("aria-describedby", "value-error");
			Axe.assertNoSeriousViolations(page);
		}, axeOn(page, "/me"), axeOn(page, collection + "?lang=en"));
	}

	/**
	 * The page's content is no wider than the phone, and nothing outside a scroll region
	 * sticks out.
	 */
	static void assertFitsThePhone(Page page) {
		page.waitForLoadState();
		// axe at this width too: the tables that scroll now must be reachable
		// (scrollable-region-focusable)
		Axe.assertNoSeriousViolations(page);
		@SuppressWarnings("unchecked")
		List<String> sticking = (List<String>) page.evaluate(
				"""
						() => [...document.body.querySelectorAll('*')]
						  .filter(e => !e.closest('.table-scroll') && e.getClientRects().length > 0)
						  .filter(e => { const r = e.getBoundingClientRect(); return r.left < -0.5 || r.right > window.innerWidth + 0.5; })
						  .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
						""");
		assertThat(sticking).as("elements cut on %s", page.url()).isEmpty();
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s", page.url()).isLessThanOrEqualTo(0);
	}

	@Test
	void onAPhoneTheKpiListAndTheKpiPageDoNotOverflow_theTablesScrollInTheirRegion() {
		Page page = newPage(375, 812);
		page.navigate(kpiList());
		assertFitsThePhone(page);
		Locator region = page.locator(".table-scroll:has(#kpi-list)");
		assertThat(region).hasAttribute("role", "region");
		Object scrolls = region.evaluate("r => r.scrollWidth > r.clientWidth");
		assertThat(scrolls).as("the KPI table scrolls inside its region").isEqualTo(true);
		Object headerFits = page.locator(".site-header")
			.evaluate(
					"h => [...h.querySelectorAll('a, button')].every(a => a.getBoundingClientRect().right <= window.innerWidth)");
		assertThat(headerFits).as("the header's links wrap onto the phone").isEqualTo(true);

		page.screenshot(
				new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-kpi-list.png")).setFullPage(true));

		page.navigate(kpi());
		assertFitsThePhone(page);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-kpi.png")).setFullPage(true));
		page.navigate(kpiList() + "?lang=en");
		assertFitsThePhone(page);
		for (String path : List.of("/", kpiList().replace("/kpi-list", ""), "/organisations", "/login")) {
			page.navigate(path);
			assertFitsThePhone(page);
		}
		for (String path : editionPages()) {
			page.navigate(path);
			assertFitsThePhone(page);
		}
		page.navigate(editionPages().get(0));
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-edition.png")).setFullPage(true));

		// WCAG 1.4.10 (reflow) asks for 320 CSS px: 1280 px zoomed to 400 %
		page.setViewportSize(320, 640);
		for (String path : List.of(kpiList(), kpi())) {
			page.navigate(path);
			assertFitsThePhone(page);
		}
	}

	@Test
	void theEnglishSwitchShowsEnglish_theChoiceStays_andJapaneseComesBack() {
		Page page = newPage(1280, 900);
		page.navigate(kpiList());
		assertThat(page.locator("html")).hasAttribute("lang", "ja");
		assertThat(page.locator("h1")).containsText("評価指標（KPI）一覧");

		page.locator("#lang-en").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).containsText("KPI list");
		assertThat(page.locator("#lang-en")).hasAttribute("aria-current", "true");

		page.navigate(kpiList());
		// the choice is kept (a cookie)
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).containsText("KPI list");
		page.locator("#kpi-list tr[data-kpi-key='" + KPI + "'][data-relisted='false'] td.kpi-name a").click();
		assertThat(page).hasURL(Pattern.compile(".*/kpis/\\d+$"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("nav.site-header__nav")).containsText("Home");

		page.locator("#lang-ja").click();
		assertThat(page.locator("html")).hasAttribute("lang", "ja");
		assertThat(page.locator("nav.site-header__nav")).containsText("ホーム");
		page.navigate(kpiList());
		assertThat(page.locator("html")).hasAttribute("lang", "ja");
		assertThat(page.locator("h1")).containsText("評価指標（KPI）一覧");

		// the switch shows the same page in the other language: the year chosen stays
		page.navigate(kpiList() + "?year=2022");
		assertThat(page.locator("h1")).containsText("令和4年度");
		page.locator("#lang-en").click();
		assertThat(page).hasURL(Pattern.compile(".*/kpi-list\\?year=2022&lang=en$"));
		assertThat(page.locator("h1")).containsText("FY2022");
		page.locator("#lang-ja").click();
		assertThat(page).hasURL(Pattern.compile(".*/kpi-list\\?year=2022&lang=ja$"));
		assertThat(page.locator("h1")).containsText("令和4年度");
	}

	@Test
	void aKeyboardReachesTheKpiTablesRegion_andScrollsIt() {
		Page page = newPage(375, 812);
		page.navigate(kpiList());
		Locator region = page.locator(".table-scroll:has(#kpi-list)");
		boolean reached = false;
		for (int i = 0; i < 60 && !reached; i++) {
			page.keyboard().press("Tab");
			reached = (Boolean) region.evaluate("r => document.activeElement === r");
		}
		assertThat(reached).as("Tab reaches the KPI table's scroll region").isTrue();
		assertThat(region).hasAccessibleName(Pattern.compile("表"));
		page.keyboard().press("ArrowRight");
		page.keyboard().press("ArrowRight");
		page.keyboard().press("ArrowRight");
		page.waitForFunction("r => r.scrollLeft > 0", region.elementHandle());
	}

}
