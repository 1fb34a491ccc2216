package jp.suishin.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.calendar.StepKind;
import jp.suishin.document.PdfPageImages;
import jp.suishin.evaluation.EvaluationSheets;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import jp.suishin.verification.Opinion;
import jp.suishin.verification.VerificationRecords;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole PDCA year of the Sorachi bureau's program 北海道空知魅力発信事業 in a real browser, each
 * person signed in on their own: the administrator sets the average personnel cost, the
 * planner sets the year's dates on the evaluation calendar (内部評価, an expert meeting,
 * 方針決定, 公表) and sees the current step on the plan page and マイページ, then opens the R6 sheet
 * from the plan page naming the department in charge, the department writes the sheet
 * (refused first with funding that does not add up, nothing stored) and completes 担当評価, a
 * 課長 and a 部長 complete theirs (the planner marks the internal evaluation done), an
 * external expert completes 外部有識者評価 and gives the meeting's opinion on the program on the
 * verification page, the planner writes the division's response and fills in the
 * effect-verification form (the meeting marked done), records the decision (marked done:
 * every step of the year is then done, the R6 edition being published), the public sees
 * the completed sheet with its cost and the decision, and the 課長 reads the evaluation
 * package of R6 (the sheet with its cost and stages) and of R7 (R6's opinion with its
 * response, as the package shows last year's opinions) and downloads both PDFs. With
 * {@code -Dsuishin.package.page-images=true} the PDFs and their pages as PNG are written
 * under {@code docs/evaluation-package/}. The calendar's dates are those of the autumn of
 * 2025, when R6 was evaluated, so the steps not done are overdue when the journey runs.
 * One step per helper method.
 */
class PdcaYearJourneyTests extends BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final FiscalYear R6 = FiscalYear.of(2024);

	static final String ORGANISATION = "sorachi-bureau";

	static final String DEPARTMENT = "地域創生部地域政策課";

	static final String OPINION = "SNSのフォロワーは目標を上回ったが、来訪者数への波及を示す指標を加えて検証されたい。";

	static final String RESPONSE = "R7年度からSNS経由の来訪者アンケートを実施し、来訪への波及を把握します。";

	static final Path PAGE_IMAGES = Path.of("docs", "evaluation-package");

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	EvaluationSheets sheets;

	@Autowired
	KpiRepository kpis;

	@Autowired
	VerificationRecords records;

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
		// step 2: the planner sets the year's dates and sees where the year stands
		plannerSetsTheYearsDates("pdca-planner");
		// step 3: the sheet is opened
		plannerOpensTheSheet("pdca-planner");
		// step 4: the department in charge writes it and completes 担当評価
		departmentWritesTheSheet("pdca-department");
		completesTheirStage("pdca-department", "担当評価", "4", "3", "3", "improve", "担当課として改善して継続したい");
		// step 5: 課長 and 部長
		completesTheirStage("pdca-chief", "課長評価", "4", "3", "2", "improve", "発信の重点化が必要");
		completesTheirStage("pdca-director", "部長評価", "4", "3", "3", "continue", "部として継続を了承");
		plannerMarksDone("pdca-planner", StepKind.INTERNAL_EVALUATION, "外部有識者会議 第1回 外部有識者会議");
		// step 6: the external expert's stage and the meeting's opinion, the division's
		// response and the effect-verification form
		completesTheirStage("pdca-expert", "外部有識者評価", "4", "4", "3", "continue", "フォロワーが目標を上回っている");
		long opinion = expertGivesAnOpinionOnTheProgram("pdca-expert");
		plannerResponds("pdca-planner", opinion);
		plannerFillsInTheEffectForm("pdca-planner");
		plannerMarksDone("pdca-planner", StepKind.EXPERT_MEETING, "方針決定");
		// step 7: the planner's decision
		plannerRecordsTheDecision("pdca-planner");
		plannerMarksDone("pdca-planner", StepKind.DECISION, null);
		// step 8: the public sees the completed sheet and the decision
		thePublicSeesTheCompletedSheet();
		// step 9: a working reader reads the evaluation packages and their PDFs
		aWorkingReaderReadsTheEvaluationPackages("pdca-chief");
	}

	Page signIn(String login) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1400, 900)
			.setAcceptDownloads(true)
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

	/**
	 * The planner sets R6's dates as they were in the autumn of 2025 (the year has no
	 * collection in the app, so no deadline) and an expert meeting; the current step,
	 * 内部評価, shows on the plan page and マイページ.
	 */
	void plannerSetsTheYearsDates(String login) {
		Page page = signIn(login);
		CalendarJourneyTests.openCalendar(page, plan, R6);
		CalendarJourneyTests.setDates(page, null, LocalDate.of(2025, 8, 29), LocalDate.of(2025, 10, 20),
				LocalDate.of(2025, 10, 31));
		CalendarJourneyTests.addMeeting(page, LocalDate.of(2025, 9, 26), "第1回 外部有識者会議");
		assertThat(page.locator("#calendar-steps tbody tr")).hasCount(4);
		assertThat(page.locator("tr[data-kind=EXPERT_MEETING]")).containsText("第1回 外部有識者会議");
		// R6's edition was published on 2025-10-31: 公表 is done already
		assertThat(page.locator("tr[data-kind=PUBLICATION] .calendar-step__state")).containsText("完了");
		assertThat(page.locator("#calendar-current")).containsText("内部評価");
		Axe.assertNoSeriousViolations(page);
		seesTheCurrentStep(page, "内部評価");
	}

	/** The planner marks a step done; the next one (or none) is then current. */
	void plannerMarksDone(String login, StepKind kind, String next) {
		Page page = signIn(login);
		CalendarJourneyTests.openCalendar(page, plan, R6);
		CalendarJourneyTests.markDone(page, kind);
		assertThat(page.locator("tr[data-kind=" + kind.name() + "] .calendar-step__state")).containsText("完了");
		Axe.assertNoSeriousViolations(page);
		seesTheCurrentStep(page, next);
	}

	/** The step the year is at on the plan page and on マイページ ({@code null}: all done). */
	void seesTheCurrentStep(Page page, String step) {
		page.navigate("/plans/" + plan);
		assertThat(page.locator("#calendar-now h2")).containsText("R6年度の実績");
		Locator glance = page.locator("#calendar-glances tr[data-plan='" + plan + "'] .calendar-glance__step");
		if (step == null) {
			assertThat(page.locator("#calendar-now")).containsText("すべての段階が完了しています。");
			assertThat(page.locator("#calendar-now .calendar-now__step")).hasCount(0);
		}
		else {
			assertThat(page.locator("#calendar-now .calendar-now__step")).hasText(step);
		}
		Axe.assertNoSeriousViolations(page);
		page.navigate("/me");
		assertThat(glance).containsText(step == null ? "すべての段階が完了しています。" : step);
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
		assertThat(page.locator("#sheet-state")).hasText("評価中（すべての段階が完了し、決定が記録されると公開されます）");
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

	/**
	 * The expert goes from the plan page to R6's verification and gives the meeting's
	 * opinion on the program; the effect-verification form is there to read.
	 */
	long expertGivesAnOpinionOnTheProgram(String login) {
		Page page = signIn(login);
		page.navigate("/plans/" + plan);
		page.locator("#plan-verification-link").click();
		page.locator(".year-link", new Page.LocatorOptions().setHasText("R6")).click();
		assertThat(page.locator("h1")).containsText("効果検証（R6年度）");
		assertThat(page.locator("#effect-" + snsFollowers() + " .effect__indicator")).isVisible();
		Axe.assertNoSeriousViolations(page);
		page.locator("#give-opinion summary").click();
		page.locator("#give-opinion-subject").selectOption("program:" + program.id());
		page.fill("#give-opinion-givenOn", "2025-09-26");
		page.fill("#give-opinion-text", OPINION);
		page.locator("#give-opinion-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("意見を記録しました。");
		Opinion given = records.opinions(plan, R6)
			.stream()
			.filter(o -> OPINION.equals(o.text()))
			.findFirst()
			.orElseThrow();
		Locator article = page.locator("#opinion-" + given.id());
		assertThat(article.locator(".opinion__subject")).containsText(program.name());
		assertThat(article.locator(".opinion__expert")).hasText(login + " さん");
		assertThat(article.locator(".opinion__response")).hasText("（対応方針は未記入です）");
		Axe.assertNoSeriousViolations(page);
		return given.id();
	}

	/** The planner writes the division's response to the opinion. */
	void plannerResponds(String login, long opinion) {
		Page page = signIn(login);
		page.navigate("/plans/" + plan + "/verification?year=R6");
		page.locator("#opinion-" + opinion + " .response-details summary").click();
		page.fill("#response-" + opinion + "-response", RESPONSE);
		page.locator("#response-" + opinion + "-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("対応方針を保存しました。");
		assertThat(page.locator("#opinion-" + opinion + " .opinion__response")).hasText(RESPONSE);
		Axe.assertNoSeriousViolations(page);
	}

	/** The planner fills in the SNS followers' row of R6's effect-verification form. */
	void plannerFillsInTheEffectForm(String login) {
		Page page = signIn(login);
		page.navigate("/plans/" + plan + "/verification?year=R6");
		String form = "#effect-" + snsFollowers();
		page.locator(form + " details summary").click();
		page.locator(form + "-effect").selectOption("considerable");
		page.fill(form + "-expertOpinion", "フォロワー数が目標を上回り、相当程度の効果があった。");
		page.locator(form + "-policy").selectOption("continue");
		page.fill(form + "-policyReason", "来訪への波及を把握しながら発信を続ける。");
		page.locator(form + "-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("効果検証を保存しました。");
		assertThat(page.locator(form + " .effect__effect")).hasText("地方創生に相当程度効果があった");
		assertThat(page.locator(form + " .effect__policy")).hasText("継続");
		Axe.assertNoSeriousViolations(page);
	}

	long snsFollowers() {
		return kpis.findByKey("sorachi-sns-followers").orElseThrow().id();
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

	/**
	 * A working reader (the 課長) goes from R6's KPI list to the evaluation package: the
	 * completed sheet with its cost, its stages and the decision, the effect-verification
	 * form; then R7's, whose part of last year's opinions holds the expert's opinion with
	 * the division's response. Both PDFs hold the same.
	 */
	void aWorkingReaderReadsTheEvaluationPackages(String login) throws Exception {
		Page page = signIn(login);
		page.navigate("/plans/" + plan + "/kpi-list?year=" + R6.value());
		page.locator("#evaluation-package-link").click();
		assertThat(page.locator("h1")).containsText("効果検証資料（R6年度）");
		Locator sheet = page.locator("#sheet-" + program.id());
		assertThat(sheet).containsText(program.name());
		Locator cost = sheet.locator("table.cost");
		assertThat(cost.locator("tr", new Locator.LocatorOptions().setHasText("事業費")).first()).containsText("12,000千円");
		assertThat(cost.locator("tr", new Locator.LocatorOptions().setHasText("人件費（人工×平均人件費）")))
			.containsText("4,000千円");
		assertThat(cost.locator("tr", new Locator.LocatorOptions().setHasText("フルコスト（事業費＋人件費）")))
			.containsText("16,000千円");
		assertThat(sheet.locator("table.stages tbody th")).hasText(new String[] { "担当評価", "課長評価", "部長評価", "外部有識者評価" });
		assertThat(sheet.locator("table.decision")).containsText("改善して継続");
		assertThat(page.locator("#package-effects")).containsText("地方創生に相当程度効果があった");
		// the package shows last year's opinions: R6's come in R7's package
		assertThat(page.locator("#package-opinions")).not().containsText(OPINION);
		Axe.assertNoSeriousViolations(page);
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("pdca-package-r6.png")).setFullPage(true));
		String r6 = downloadsThePdf(page, "sorachi-doo-policy-2021_2024_evaluation-package.pdf");
		assertThat(r6).contains(program.name(), "フルコスト（事業費＋人件費）16,000千円", "外部有識者評価", "改善して継続");

		page.fill("#package-year", "R7");
		page.locator(".package-actions button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("効果検証資料（R7年度）");
		Locator opinions = page.locator("#package-opinions");
		assertThat(opinions).containsText("前年度（R6年度）の委員意見と対応状況");
		assertThat(opinions).containsText(program.name());
		assertThat(opinions).containsText(OPINION);
		assertThat(opinions).containsText(RESPONSE);
		Axe.assertNoSeriousViolations(page);
		String r7 = downloadsThePdf(page, "sorachi-doo-policy-2021_2025_evaluation-package.pdf");
		assertThat(r7).contains(program.name(), OPINION.replaceAll("(?U)\\s+", ""),
				RESPONSE.replaceAll("(?U)\\s+", ""));
	}

	/**
	 * Downloads the package's PDF, written with its pages under {@code docs/} when asked
	 * to; its text without white space.
	 */
	String downloadsThePdf(Page page, String name) throws Exception {
		Download download = page.waitForDownload(() -> page.locator("#package-pdf").click());
		assertThat(download.suggestedFilename()).isEqualTo(name);
		byte[] pdf = Files.readAllBytes(download.path());
		if (Boolean.getBoolean("suishin.package.page-images")) {
			Files.createDirectories(PAGE_IMAGES);
			Files.write(PAGE_IMAGES.resolve(name), pdf);
			PdfPageImages.write(pdf, PAGE_IMAGES, name.replace(".pdf", ""), 110);
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("(?U)\\s+", "");
		}
	}

}
