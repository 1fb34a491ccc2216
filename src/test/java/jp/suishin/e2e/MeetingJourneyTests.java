package jp.suishin.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.meeting.MeetingRecords;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The center city's planner of the South Sorachi settlement zone, in a real browser,
 * opens the zone's meetings, sees the schedule the sample data transcribed from seed 002,
 * is refused a second day before the first with the Japanese message naming the field
 * (what was typed kept, nothing stored), records the meeting with an attending town and
 * internal minutes, attaches their PDF, and the public then sees the meeting without the
 * minutes, the PDF or any form, on a phone 320 px wide. Both pages pass axe.
 */
class MeetingJourneyTests extends BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String PLANNER = "zone-meeting-planner";

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	MeetingRecords records;

	@TempDir
	Path files;

	BrowserContext context;

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void aPlannerRecordsAMeetingWithMinutesAndPdf_andThePublicSeesItWithoutThem() throws Exception {
		accounts.account(PLANNER, "iwamizawa", Role.PLANNER);
		long plan = plans.findByKey("south-sorachi-vision").orElseThrow().id();
		int before = records.meetingsOf(plan).size();
		long transport = plans.tree(plan)
			.orElseThrow()
			.inReadingOrder()
			.stream()
			.filter(n -> n.depth() == 2 && n.title().equals("公共交通"))
			.findFirst()
			.orElseThrow()
			.id();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(1400, 900)
			.setBaseURL("http://localhost:" + port));
		Page page = context.newPage();
		page.navigate("/login");
		page.fill("#username", PLANNER);
		page.fill("#password", TestAccounts.PASSWORD);
		page.locator("#login-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/me$"));

		// the schedule of seed 002 【１】 and 【３】
		page.navigate("/plans/" + plan + "/meetings");
		assertThat(page.locator("h1")).containsText("会議（担当者部会・懇談会）");
		Locator first = page.locator("article.meeting").first();
		assertThat(first.locator(".meeting__title")).hasText("救急医療体制");
		assertThat(first.locator(".meeting__kind")).hasText("担当者部会");
		assertThat(first.locator(".meeting__node")).hasText("医療");
		assertThat(first.locator(".meeting__first-day")).hasText("令和6年8月8日");
		assertThat(first.locator(".meeting__second-day")).hasText("令和6年9月19日");
		assertThat(page.locator("article.meeting", new Page.LocatorOptions().setHasText("第３回共生ビジョン懇談会"))
			.locator(".meeting__timing")).hasText("(１月～２月予定)");
		Axe.assertNoSeriousViolations(page);

		// the second day before the first: refused, named, what was typed kept, nothing
		// stored
		page.locator("#add-meeting summary").click();
		page.selectOption("#add-meeting-kind", "COMMITTEE");
		page.fill("#add-meeting-title", "公共交通に関する懇談会");
		page.selectOption("#add-meeting-node", String.valueOf(transport));
		page.fill("#add-meeting-year", "R6");
		page.fill("#add-meeting-firstDay", "1/20");
		page.fill("#add-meeting-secondDay", "1/10");
		page.locator("#add-meeting-form label", new Page.LocatorOptions().setHasText("夕張市")).click();
		page.fill("#add-meeting-minutes", "路線維持の支援策を協議した。");
		page.locator("#add-meeting-submit").click();
		assertThat(page.locator("#add-meeting-secondDay-error"))
			.hasText("開催日②：開催日②（令和7年1月10日）は開催日①（令和7年1月20日）より後の日にしてください。");
		assertThat(page.locator("#add-meeting-title")).hasValue("公共交通に関する懇談会");
		assertThat(
				page.locator("#add-meeting-form label", new Page.LocatorOptions().setHasText("夕張市")).locator("input"))
			.isChecked();
		assertThat(records.meetingsOf(plan)).hasSize(before);

		page.fill("#add-meeting-secondDay", "");
		page.locator("#add-meeting-submit").click();
		assertThat(page.locator("#saved")).hasText("会議を記録しました。");
		assertThat(records.meetingsOf(plan)).hasSize(before + 1);
		Locator added = page.locator("article.meeting", new Page.LocatorOptions().setHasText("公共交通に関する懇談会"));
		assertThat(added.locator(".meeting__kind")).hasText("懇談会");
		assertThat(added.locator(".meeting__node")).hasText("公共交通");
		assertThat(added.locator(".meeting__first-day")).hasText("令和7年1月20日");
		assertThat(added.locator(".meeting__attendees")).hasText("夕張市");
		assertThat(added.locator(".meeting__minutes")).hasText("路線維持の支援策を協議した。");

		// the minutes as a PDF: a text file is refused, the PDF is attached
		Path text = Files.writeString(files.resolve("minutes.pdf"), "not a pdf");
		Path pdf = Files.write(files.resolve("公共交通懇談会.pdf"),
				"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
					.getBytes(StandardCharsets.US_ASCII));
		long id = records.meetingsOf(plan).get(before).id();
		page.locator("#minutes-" + id + " summary").click();
		page.setInputFiles("#minutes-" + id + "-pdf", text);
		page.locator("#minutes-" + id + "-form button[type=submit]").click();
		assertThat(page.locator("#minutes-" + id + "-pdf-error")).containsText("議事録（PDF）：");
		page.setInputFiles("#minutes-" + id + "-pdf", pdf);
		page.locator("#minutes-" + id + "-form button[type=submit]").click();
		assertThat(page.locator("#saved")).hasText("議事録のPDFを添付しました。");
		assertThat(page.locator("#meeting-" + id + " .meeting__pdf a")).containsText("公共交通懇談会.pdf");
		assertThat(records.attachmentBytes(id)).isPresent();
		Files.createDirectories(SCREENSHOTS);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("meetings-planner.png")).setFullPage(true));

		// the public: the meeting, without its internal minutes, PDF or forms
		BrowserContext anonymous = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
			.setViewportSize(320, 800)
			.setBaseURL("http://localhost:" + port));
		try {
			Page publicPage = anonymous.newPage();
			publicPage.navigate("/plans/" + plan + "/meetings");
			Locator seen = publicPage.locator("#meeting-" + id);
			assertThat(seen.locator(".meeting__title")).hasText("公共交通に関する懇談会");
			assertThat(seen.locator(".meeting__minutes")).hasCount(0);
			assertThat(seen.locator(".meeting__pdf")).hasCount(0);
			assertThat(publicPage.locator("#add-meeting")).hasCount(0);
			assertThat(publicPage.navigate("/plans/" + plan + "/meetings/" + id + "/minutes.pdf").status())
				.isEqualTo(404);
			publicPage.navigate("/plans/" + plan + "/meetings");
			// axe, and nothing wider than a small phone
			AccessibilityTests.assertFitsThePhone(publicPage);
		}
		finally {
			anonymous.close();
		}
	}

}
