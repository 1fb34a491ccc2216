package jp.suishin.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.document.render.ReviewFixturePorts;
import jp.suishin.plan.PlanRepository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * An expert of the Sorachi bureau, in a real browser, goes from the KPI list of R6 to the
 * evaluation package, reads its parts (the KPI list, the evaluation sheets with their
 * costs and stages, last year's opinions with their follow-up, the logic model drawn as
 * SVG), finds no serious accessibility violation, and downloads the PDF, which holds the
 * same. The PDCA year's parts come from {@link ReviewFixturePorts} (the modules that keep
 * them are built on other branches).
 */
@Import(ReviewFixturePorts.class)
class EvaluationPackageJourneyTests extends BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String EXPERT = "sorachi-package-expert";

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	BrowserContext context;

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void anExpertReadsThePackageOfR6_andDownloadsItsPdf() throws Exception {
		accounts.account(EXPERT, "sorachi-bureau", Role.EXPERT);
		long plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1400, 900)
			.setAcceptDownloads(true)
			.setBaseURL("http://localhost:" + port));
		Page page = context.newPage();
		page.navigate("/login");
		page.fill("#username", EXPERT);
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/me$"));

		page.navigate("/plans/" + plan + "/kpi-list?year=2024");
		page.locator("#evaluation-package-link").click();
		assertThat(page.locator("h1")).containsText("効果検証資料（R6年度）");
		assertThat(page.locator("#package-sheets")).containsText("炭鉄港ガイドツアー事業");
		assertThat(page.locator("#sheet-101")).containsText("24,000千円");
		assertThat(page.locator("#sheet-101")).containsText("外部有識者評価");
		assertThat(page.locator("#package-opinions")).containsText("令和6年度に冬のバスツアーを試行した");
		assertThat(page.locator("#package-opinions")).not().containsText(ReviewFixturePorts.R6_OPINION);
		assertThat(page.locator("#package-logic-models svg.logic-model")).hasCount(1);
		assertThat(page.locator("#kpi-list")).containsText("空知の耕作面積の維持");
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("evaluation-package.png")).setFullPage(true));
		Axe.assertNoSeriousViolations(page);

		Download download = page.waitForDownload(() -> page.locator("#package-pdf").click());
		assertThat(download.suggestedFilename()).isEqualTo("sorachi-doo-policy-2021_2024_evaluation-package.pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("(?U)\\s+", "");
			assertThat(text).contains("事務事業評価シート", "フルコスト（事業費＋人件費）24,000千円", "部長評価", "冬季の誘客策を検討すべき", "ロジックモデル");
		}
	}

}
