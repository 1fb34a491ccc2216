package jp.suishin.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.document.render.ReviewFixturePorts;
import jp.suishin.plan.PlanRepository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The evaluation package's page and PDF, on the Sorachi bureau's plan: the public is sent
 * to sign in, a planner and an expert of another organisation are told it does not exist
 * (404, as for an unknown plan), and nothing changes; the bureau's planner and its expert
 * get the package with the year's sheets and LAST year's opinions. The evaluation and
 * verification modules are not on this branch: their ports are given here as those
 * modules will give them, for R6 and R5 alike, so that the test shows which year each
 * part is asked for. The access-control matrix leaves these endpoints to this test.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:package-access;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@AutoConfigureMockMvc
@Import(ReviewFixturePorts.class)
class EvaluationPackageAccessTests {

	static final String R6_OPINION = ReviewFixturePorts.R6_OPINION;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	AuditTrail audit;

	@Test
	void thePackage_isRefusedToThePublicAndToAnotherOrganisation_andGivenToTheOwnersPlannerAndExpert()
			throws Exception {
		long plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		Viewer stranger = accounts.account("package-stranger", "yubari", Role.PLANNER);
		Viewer foreignExpert = accounts.account("package-foreign-expert", "yubari", Role.EXPERT);
		Viewer planner = accounts.account("package-planner", "sorachi-bureau", Role.PLANNER);
		Viewer expert = accounts.account("package-expert", "sorachi-bureau", Role.EXPERT);
		int audited = audit.of(AuditSubject.plan(plan)).size();

		List<String> uris = List.of("/plans/" + plan + "/evaluation-package?year=R6",
				"/plans/" + plan + "/evaluation-package.pdf?year=2024");
		for (String uri : uris) {
			assertThat(mvc.get().uri(uri).exchange()).as(uri).hasStatus3xxRedirection();
			for (Viewer viewer : List.of(stranger, foreignExpert)) {
				MvcTestResult refused = mvc.get().uri(uri).with(accounts.as(viewer)).exchange();
				assertThat(refused).as(uri).hasStatus(404);
				assertThat(refused.getResponse().getContentAsString()).doesNotContain("炭鉄港ガイドツアー事業");
			}
		}
		// an unknown plan is not found either
		assertThat(mvc.get().uri("/plans/987654321/evaluation-package?year=R6").with(accounts.as(planner)).exchange())
			.hasStatus(404);
		assertThat(audit.of(AuditSubject.plan(plan))).hasSize(audited);

		for (Viewer reader : List.of(planner, expert)) {
			MvcTestResult page = mvc.get().uri(uris.get(0)).with(accounts.as(reader)).exchange();
			assertThat(page).hasStatusOk()
				.bodyText()
				.contains("効果検証資料（R6年度）", "事務事業評価シート", "炭鉄港ガイドツアー事業", "24,000千円", "外部有識者評価", "前年度（R5年度）の委員意見と対応状況",
						"冬季の誘客策を検討すべき", "令和6年度に冬のバスツアーを試行した", "相当程度効果があった", "評価指標一覧",
						"evaluation-package.pdf?year=2024")
				// a planner's text is printed, escaped, never run
				.contains("委託先の見直しを検討 &lt;script&gt;alert('x')&lt;/script&gt;")
				.doesNotContain(R6_OPINION, "<script>alert('x')");
		}

		MvcTestResult pdf = mvc.get().uri(uris.get(1)).with(accounts.as(expert)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		assertThat(pdf.getResponse().getHeader("Content-Disposition"))
			.contains("sorachi-doo-policy-2021_2024_evaluation-package.pdf");
		String text = text(pdf.getResponse().getContentAsByteArray());
		assertThat(text).contains("事務事業評価シート", "炭鉄港ガイドツアー事業", "課長評価", "冬季の誘客策を検討すべき", "対応中");
	}

	@Test
	void theKpiList_linksThePackageForTheOwnersReadersOnly_andThePageSpeaksEnglish() {
		long plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		Viewer expert = accounts.account("package-expert-3", "sorachi-bureau", Role.EXPERT);
		Viewer stranger = accounts.account("package-stranger-3", "yubari", Role.PLANNER);
		String list = "/plans/" + plan + "/kpi-list?year=2024";

		assertThat(mvc.get().uri(list).exchange()).hasStatusOk().bodyText().doesNotContain("evaluation-package");
		assertThat(mvc.get().uri(list).with(accounts.as(stranger)).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain("evaluation-package");
		assertThat(mvc.get().uri(list).with(accounts.as(expert)).exchange()).hasStatusOk()
			.bodyText()
			.contains("/plans/" + plan + "/evaluation-package?year=2024",
					"/plans/" + plan + "/evaluation-package.pdf?year=2024");

		assertThat(mvc.get()
			.uri("/plans/" + plan + "/evaluation-package?year=2024&lang=en")
			.with(accounts.as(expert))
			.header("Accept-Language", "en")
			.exchange()).hasStatusOk()
			.bodyText()
			.contains("evaluation package (FY2024)", "Program evaluation sheets",
					"Full cost (program cost + personnel cost)",
					"Last year's (FY2023) expert opinions and their follow-up");
	}

	@Test
	void anUnreadableYear_isRefusedNamingTheField() {
		long plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		Viewer planner = accounts.account("package-planner-2", "sorachi-bureau", Role.PLANNER);

		MvcTestResult refused = mvc.get()
			.uri("/plans/" + plan + "/evaluation-package?year=令和九十九")
			.with(accounts.as(planner))
			.locale(Locale.JAPANESE)
			.exchange();
		assertThat(refused.getResponse().getStatus()).isIn(400, 422);
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("(?U)\\s+", "");
		}
	}

}
