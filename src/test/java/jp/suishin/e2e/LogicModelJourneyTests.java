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
import jp.suishin.logicmodel.LogicElement;
import jp.suishin.logicmodel.LogicModelRecords;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A planner of Iwamizawa, in a real browser, opens the logic model of 農業ＤＸ推進事業 (none
 * yet), adds an input, two activities, an output and a long-term outcome tied to a KPI of
 * the plan, and sees each in the diagram and in the list under its stage; is refused an
 * empty text with the Japanese message naming the field (what was chosen kept, nothing
 * stored); moves, removes and edits an element. Then the public sees the same diagram,
 * without the forms. Both pages pass axe.
 */
class LogicModelJourneyTests extends BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String PLANNER = "iwamizawa-logic-model-planner";

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	LogicModelRecords records;

	BrowserContext context;

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void aPlannerBuildsALogicModel_seesTheDiagram_andThePublicSeesItToo() throws Exception {
		accounts.account(PLANNER, "iwamizawa", Role.PLANNER);
		long plan = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		PlanTree tree = plans.tree(plan).orElseThrow();
		Program program = tree.inReadingOrder()
			.stream()
			.flatMap(node -> tree.programs(node.id()).stream())
			.findFirst()
			.orElseThrow();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1400, 900)
			.setBaseURL("http://localhost:" + port));
		Page page = context.newPage();
		page.navigate("/login");
		page.fill("#username", PLANNER);
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/me$"));

		String address = "/programs/" + program.id() + "/logic-model";
		page.navigate(address);
		assertThat(page.locator("h1")).hasText("ロジックモデル：農業ＤＸ推進事業");
		assertThat(page.locator("#no-elements")).hasText("まだ要素がありません。");
		Axe.assertNoSeriousViolations(page);

		add(page, "input", "ＩＣＴ基盤・実証機器の整備", "");
		assertThat(page.locator("#saved")).hasText("ロジックモデルに要素を追加しました。");
		add(page, "activity", "スマート農業の実証", "");
		add(page, "activity", "農業者向けの研修会の開催", "");
		add(page, "output", "実証に参加した農業者", "");
		add(page, "long-term", "農業者の所得が向上する", "iwamizawa-total-income-per-person");

		// the diagram has every element, and the KPI with its unit and direction
		Locator svg = page.locator("figure.logic-model-diagram svg");
		assertThat(svg).hasAttribute("role", "img");
		assertThat(svg.locator("title")).hasText("ロジックモデル：農業ＤＸ推進事業");
		String drawn = String.join("", svg.locator("tspan").allTextContents());
		assertThat(drawn).contains("インプット", "活動", "アウトプット", "短期アウトカム", "中期アウトカム", "長期アウトカム");
		for (String text : List.of("ＩＣＴ基盤・実証機器の整備", "スマート農業の実証", "農業者向けの研修会の開催", "実証に参加した農業者", "農業者の所得が向上する",
				"指標：１人あたりの総所得（千円・増加）")) {
			assertThat(drawn).contains(text);
		}
		assertThat(page.locator("#stage-activity .logic-element__text"))
			.hasText(new String[] { "スマート農業の実証", "農業者向けの研修会の開催" });
		assertThat(page.locator("#stage-long-term .logic-element__kpi")).hasText("指標：１人あたりの総所得（千円・増加）");

		// an empty text: refused naming the field, the chosen stage kept, nothing stored
		page.selectOption("#add-element-stage", "short-term");
		page.fill("#add-element-text", "   ");
		page.locator("#add-element-submit").click();
		assertThat(page.locator("#add-element-text-error")).hasText("内容：内容を入力してください。");
		assertThat(page.locator("#add-element-stage")).hasValue("short-term");
		assertThat(records.elements(program.id())).hasSize(5);

		// the second activity moves up, then the output is removed
		List<LogicElement> activities = records.elements(program.id())
			.stream()
			.filter(e -> e.stage().code().equals("activity"))
			.toList();
		page.locator("#element-" + activities.get(1).id() + " .element-up").click();
		assertThat(page.locator("#stage-activity .logic-element__text"))
			.hasText(new String[] { "農業者向けの研修会の開催", "スマート農業の実証" });
		page.locator("#stage-output .element-remove").click();
		assertThat(page.locator("#saved")).hasText("要素を削除しました。");
		assertThat(page.locator("#stage-output .logic-element")).hasCount(0);
		assertThat(records.elements(program.id())).hasSize(4);

		// the input is edited: a new text, and it becomes a short-term outcome
		long input = records.elements(program.id()).get(0).id();
		String edit = "#element-" + input;
		page.locator(edit + " summary").click();
		page.selectOption(edit + "-stage", "short-term");
		page.fill(edit + "-text", "農業者がスマート農業を知る");
		page.locator(edit + "-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("要素を保存しました。");
		assertThat(page.locator("#stage-input .logic-element")).hasCount(0);
		assertThat(page.locator("#stage-short-term .logic-element__text")).hasText("農業者がスマート農業を知る");
		assertThat(page.locator("figure.logic-model-diagram svg")).containsText("農業者がスマート農業を知る");
		Axe.assertNoSeriousViolations(page);
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("logic-model-planner.png")).setFullPage(true));

		// the public sees the diagram and the list, no forms
		BrowserContext anonymous = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1400, 900)
			.setBaseURL("http://localhost:" + port));
		try {
			Page publicPage = anonymous.newPage();
			publicPage.navigate(address);
			assertThat(publicPage.locator("figure.logic-model-diagram svg title")).hasText("ロジックモデル：農業ＤＸ推進事業");
			assertThat(publicPage.locator("#stage-long-term .logic-element__text")).hasText("農業者の所得が向上する");
			assertThat(publicPage.locator("#add-element-form")).hasCount(0);
			assertThat(publicPage.locator(".element-remove")).hasCount(0);
			Axe.assertNoSeriousViolations(publicPage);
		}
		finally {
			anonymous.close();
		}
	}

	private static void add(Page page, String stage, String text, String kpi) {
		page.selectOption("#add-element-stage", stage);
		page.fill("#add-element-text", text);
		page.selectOption("#add-element-kpi", kpi);
		page.locator("#add-element-submit").click();
		assertThat(page.locator("#saved")).isVisible();
	}

}
