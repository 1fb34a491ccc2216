package jp.suishin.web;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.organisation.OrganisationRepository;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.suishin.cli.EvaluateCommand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class WebPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	AuditTrail audit;

	@Autowired
	OrganisationRepository organisations;

	/**
	 * A planner of the Sorachi bureau and of Iwamizawa, whose plans these tests change.
	 */
	RequestPostProcessor planner() {
		TestAccounts accounts = testAccounts;
		accounts.account("web-planner", "iwamizawa", Role.PLANNER);
		return accounts.as(accounts.account("web-planner", "sorachi-bureau", Role.PLANNER));
	}

	long plan(String key) {
		return plans.findByKey(key).orElseThrow().id();
	}

	long kpi(String key) {
		return kpis.findByKey(key).orElseThrow().id();
	}

	@Test
	void startPage_linksEveryPlansKpiList() {
		MvcTestResult result = mvc.get().uri("/").exchange();
		assertThat(result).hasStatusOk();
		for (var plan : plans.findAll()) {
			assertThat(result).bodyText().contains("/plans/" + plan.id() + "/kpi-list").contains(plan.name());
		}
	}

	@Test
	void sorachiKpiList_showsTheReferenceFiguresAndTheSummary() {
		MvcTestResult result = mvc.get()
			.uri("/plans/{id}/kpi-list?year=R6", plan("sorachi-doo-policy-2021"))
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("99.9％", "82.9％", "197.7％", "90.9％", "113,600ha（R2）", "1,232万人（R1）", "集計中（7月頃）", "集計中（8月頃）",
					"1,159.6万人", "（再掲）", "2割", "4割", "7件の評価指標（再掲を除く）");
	}

	@Test
	void kpiList_withAnUnreadableYear_isABadRequest() {
		assertThat(mvc.get().uri("/plans/{id}/kpi-list?year=R99X", plan("sorachi-doo-policy-2021")).exchange())
			.hasStatus(400);
	}

	@Test
	void everyPlanPage_rendersItsTree() {
		for (var plan : plans.findAll()) {
			assertThat(mvc.get().uri("/plans/{id}", plan.id()).exchange()).hasStatusOk()
				.bodyText()
				.contains(plan.name(), plan.levelNames().isEmpty() ? "" : plan.levelNames().get(0));
		}
		assertThat(mvc.get().uri("/plans/{id}", plan("south-sorachi-vision")).exchange()).bodyText().contains("[加速化]");
		assertThat(mvc.get().uri("/plans/{id}", plan("iwamizawa-regional-revitalization")).exchange()).bodyText()
			.contains("530,000千円", "▲312人");
	}

	@Test
	void organisationsPage_showsCodesAndCollaborations() {
		assertThat(mvc.get().uri("/organisations").exchange()).hasStatusOk()
			.bodyText()
			.contains("010006", "012106", "014303", "南空知定住自立圏", "中心市", "道央広域連携地域");
	}

	@Test
	void kpiPage_showsDefinitionValuesAndChartData() {
		assertThat(mvc.get().uri("/kpis/{id}", kpi("sorachi-new-graduates")).exchange()).hasStatusOk()
			.bodyText()
			.contains("新規高卒者管内企業就職率", "60.9％（R2）", "63.9％（R6）", "52.0％", "data-chart=");
	}

	@Test
	void unknownKpiOrPlan_isNotFound() {
		assertThat(mvc.get().uri("/kpis/999999").exchange()).hasStatus(404).bodyText().contains("ページが見つかりません");
		assertThat(mvc.get().uri("/plans/999999/kpi-list").exchange()).hasStatus(404);
	}

	@Test
	void aValueThatCannotBeRead_isShownBackWithAJapaneseMessageAndNothingIsStored() {
		long centers = kpi("sorachi-certified-centers");
		var before = kpis.values(centers);
		MvcTestResult result = mvc.post()
			.uri("/kpis/{id}/values", centers)
			.with(csrf())
			.with(planner())
			.param("year", "2024")
			.param("value", "二十カ所")
			.param("status", "CONFIRMED")
			.exchange();
		assertThat(result).hasStatus(422)
			.bodyText()
			.contains("実績値：「二十カ所」が数値として読み取れません", "id=\"value-error\"", "保存されていません");
		assertThat(kpis.values(centers)).isEqualTo(before);
	}

	@Test
	void aYearOutsideThePlanPeriod_isRefused() {
		MvcTestResult result = mvc.post()
			.uri("/kpis/{id}/values", kpi("sorachi-certified-centers"))
			.with(csrf())
			.with(planner())
			.param("year", "2030")
			.param("value", "21")
			.param("status", "CONFIRMED")
			.exchange();
		assertThat(result).hasStatus(422).bodyText().contains("年度 R12 は計画期間（R3～R7）の外です");
	}

	@Test
	void savingAValue_redirectsWithTheNewProgress() {
		long centers = kpi("sorachi-certified-centers");
		MvcTestResult result = mvc.post()
			.uri("/kpis/{id}/values", centers)
			.with(csrf())
			.with(planner())
			.param("year", "2025")
			.param("value", "２２カ所")
			.param("status", "PRELIMINARY")
			.param("note", "<script>alert('x')</script>")
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/kpis/" + centers + "?year=2025");
		assertThat(result).flash().containsKey("saved");
		assertThat(String.valueOf(result.getMvcResult().getFlashMap().get("saved"))).contains("R7", "100.0％");
		assertThat(kpis.findValue(centers, FiscalYear.of(2025))).isPresent();
		assertThat(mvc.get().uri("/kpis/{id}", centers).exchange()).bodyText()
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert('x')</script>");
	}

	@Test
	void aFormWithoutCsrfToken_isForbidden() {
		assertThat(mvc.post()
			.uri("/kpis/{id}/values", kpi("sorachi-certified-centers"))
			.param("year", "2025")
			.param("value", "1")
			.exchange()).hasStatus(403);
	}

	@Test
	void pages_carrySecurityHeaders() {
		assertThat(mvc.get().uri("/").exchange()).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.containsHeader("Content-Security-Policy");
		assertThat(mvc.get().uri("/").exchange().getResponse().getHeader("Content-Security-Policy"))
			.contains("script-src 'self'")
			.contains("base-uri 'none'")
			.contains("object-src 'none'")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void anUnknownLanguageIsIgnored() {
		assertThat(mvc.get().uri("/?lang=xx_YY<script>").exchange()).hasStatusOk().bodyText().contains("計画一覧");
	}

	@Test
	void removingAValueWithAStaleVersion_isRefused() {
		long centers = kpi("sorachi-certified-centers");
		MvcTestResult result = mvc.post()
			.uri("/kpis/{id}/values", centers)
			.with(csrf())
			.with(planner())
			.param("year", "2023")
			.param("value", "－")
			.param("version-2023", "99")
			.exchange();
		assertThat(result).hasStatus(422).bodyText().contains("他の人が先に更新しました");
		assertThat(kpis.findValue(centers, FiscalYear.of(2023))).isPresent();
	}

	@Test
	void pagesAreJapaneseWhateverTheBrowserAsks_andEnglishOnRequest() {
		assertThat(mvc.get().uri("/").header("Accept-Language", "en-US").exchange()).bodyText().contains("計画一覧");
		assertThat(mvc.get().uri("/?lang=en").exchange()).bodyText().contains("Plans");
	}

	@Test
	void aBaselineRevisionThatChangesTheGrade_showsBothGradesAndTheReason() {
		long centers = kpi("sorachi-certified-centers");
		MvcTestResult revised = mvc.post()
			.uri("/kpis/{id}/baseline", centers)
			.with(csrf())
			.with(planner())
			.param("baselineValue", "19カ所")
			.param("baselineReason", "認定区分の見直しによる遡及修正")
			.exchange();
		assertThat(revised).hasStatus3xxRedirection();
		assertThat(
				mvc.get().uri("/plans/{id}/kpi-list?year=2024&scheme=sabc", plan("sorachi-doo-policy-2021")).exchange())
			.bodyText()
			.contains("A（当初基準値では B）", "認定区分の見直しによる遡及修正");
		assertThat(mvc.get().uri("/kpis/{id}", centers).exchange()).bodyText()
			.contains("19カ所（R2）", "認定区分の見直しによる遡及修正", "（改定後）");
	}

	@Test
	void aBaselineRevisionWithoutReason_isRefusedNamingTheField() {
		MvcTestResult result = mvc.post()
			.uri("/kpis/{id}/baseline", kpi("sorachi-certified-centers"))
			.with(csrf())
			.with(planner())
			.param("baselineValue", "21カ所")
			.param("baselineReason", "")
			.exchange();
		assertThat(result).hasStatus(422).bodyText().contains("id=\"baselineReason-error\"", "理由を入力してください");
	}

	@Test
	void aMilestone_isShownForTheReportYear_andABadOneIsRefused() {
		long tourists = kpi("sorachi-tourist-visitors");
		assertThat(mvc.post()
			.uri("/kpis/{id}/milestones", tourists)
			.with(csrf())
			.with(planner())
			.param("milestoneYear", "2024")
			.param("milestoneValue", "1,260万人")
			.exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/plans/{id}/kpi-list?year=2024", plan("sorachi-doo-policy-2021")).exchange())
			.bodyText()
			.contains("目安値（R6）", "1,260万人");
		assertThat(mvc.post()
			.uri("/kpis/{id}/milestones", tourists)
			.with(csrf())
			.with(planner())
			.param("milestoneYear", "2024")
			.param("milestoneValue", "千二百万人")
			.exchange()).hasStatus(422).bodyText().contains("id=\"milestoneValue-error\"", "千二百万人");
	}

	@Test
	void theKpiListCsv_readsBackThroughTheEvaluateCommandToTheSameFigures(@TempDir Path directory) throws Exception {
		MvcTestResult result = mvc.get()
			.uri("/plans/{id}/kpi-list.csv?year=2024", plan("sorachi-doo-policy-2021"))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		byte[] body = result.getResponse().getContentAsByteArray();
		String csv = new String(body, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFプロジェクト,評価指標,単位,方向,集計,基準値,基準年度,目標値,目標年度,R3,R4,R5,R6");
		Path file = Files.write(directory.resolve("kpi-list.csv"), body);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = EvaluateCommand.run(List.of("--year", "2024", file.toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(exit).isZero();
		String json = out.toString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"progressRate\" : 99.9", "\"progressRate\" : 82.9", "\"progressRate\" : 197.7");
		assertThat(json).contains("\"unique\" : 7", "\"pending\" : 3");
	}

	@Test
	void theKpiListXlsx_readsBackThroughTheEvaluateCommandToTheSameFigures(@TempDir Path directory) throws Exception {
		MvcTestResult result = mvc.get()
			.uri("/plans/{id}/kpi-list.xlsx?year=2024", plan("sorachi-doo-policy-2021"))
			.exchange();
		assertThat(result).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.headers()
			.hasValue("Content-Disposition", "attachment; filename=\"kpi-list-sorachi-doo-policy-2021-2024.xlsx\"");
		Path file = Files.write(directory.resolve("kpi-list.xlsx"), result.getResponse().getContentAsByteArray());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = EvaluateCommand.run(List.of("--year", "2024", file.toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(exit).isZero();
		String json = out.toString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"progressRate\" : 99.9", "\"progressRate\" : 82.9", "\"progressRate\" : 197.7");
		assertThat(json).contains("\"unique\" : 7", "\"pending\" : 3");
		assertThat(mvc.get().uri("/plans/{id}/kpi-list?year=2024", plan("sorachi-doo-policy-2021")).exchange())
			.bodyText()
			.contains("id=\"xlsx-link\"");
	}

	@Test
	void aPlanChoosesItsScheme_andTheChoiceIsAudited() {
		long iwamizawa = plan("iwamizawa-regional-revitalization");
		assertThat(mvc.get().uri("/plans/{id}/kpi-list?scheme=sabc", iwamizawa).exchange()).bodyText()
			.doesNotContain("id=\"scheme-choice\"");
		assertThat(mvc.get().uri("/plans/{id}/kpi-list?scheme=sabc", iwamizawa).with(planner()).exchange()).bodyText()
			.contains("id=\"scheme-choice\"");
		MvcTestResult chosen = mvc.post()
			.uri("/plans/{id}/scheme", iwamizawa)
			.with(csrf())
			.with(planner())
			.param("scheme", "sabc")
			.param("schemeReason", "評価方法の見直し")
			.exchange();
		assertThat(chosen).hasStatus3xxRedirection();
		assertThat(plans.findById(iwamizawa).orElseThrow().scheme()).isEqualTo("sabc");
		assertThat(audit.of(AuditSubject.plan(iwamizawa))).extracting(AuditEntry::action)
			.contains(AuditAction.SCHEME_CHANGED);
		assertThat(mvc.post()
			.uri("/plans/{id}/scheme", iwamizawa)
			.with(csrf())
			.with(planner())
			.param("scheme", "nope")
			.param("schemeReason", "評価方法の見直し")
			.exchange()).hasStatus(400);
	}

	@Test
	void aPlannerChangesAKpisDefinitionWithAReason_andTheTrailKeepsBeforeAndAfter() {
		TestAccounts accounts = testAccounts;
		var planner = accounts.account("web-national-planner", "japan", Role.PLANNER);
		var other = accounts.account("web-other-planner", "iwamizawa", Role.PLANNER);
		long kpi = kpi("national2-youth-flow-to-regions");
		String name = kpis.findById(kpi).orElseThrow().name();
		assertThat(mvc.get().uri("/kpis/{id}", kpi).exchange()).bodyText().doesNotContain("id=\"definition-form\"");
		assertThat(mvc.get().uri("/kpis/{id}", kpi).with(accounts.as(planner)).exchange()).bodyText()
			.contains("id=\"definition-form\"");

		assertThat(mvc.post()
			.uri("/kpis/{id}/definition", kpi)
			.with(csrf())
			.with(accounts.as(planner))
			.param("kpiName", name)
			.param("kpiDirection", "INCREASE")
			.param("targetValue", "百")
			.exchange()).hasStatus(422)
			.bodyText()
			.contains("id=\"targetValue-error\"", "id=\"definitionReason-error\"", "変更の理由");
		assertThat(mvc.post()
			.uri("/kpis/{id}/definition", kpi)
			.with(csrf())
			.with(accounts.as(other))
			.param("kpiName", "乗っ取り")
			.param("kpiDirection", "INCREASE")
			.param("definitionReason", "x")
			.exchange()).hasStatus(403);
		assertThat(kpis.findById(kpi).orElseThrow().name()).isEqualTo(name);

		assertThat(mvc.post()
			.uri("/kpis/{id}/definition", kpi)
			.with(csrf())
			.with(accounts.as(planner))
			.param("kpiName", name + "（改）")
			.param("kpiDirection", "INCREASE")
			.param("targetValue", "1,000")
			.param("targetYear", "R16")
			.param("definitionReason", "基本構想の改定")
			.exchange()).hasStatus3xxRedirection();
		assertThat(kpis.findById(kpi).orElseThrow().name()).isEqualTo(name + "（改）");
		assertThat(audit.of(AuditSubject.kpi(kpi))).first().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.KPI_DEFINITION_CHANGED);
			assertThat(entry.actor()).isEqualTo("web-national-planner");
			assertThat(entry.before()).startsWith(name + "｜");
			assertThat(entry.after()).startsWith(name + "（改）｜増加｜1,000");
			assertThat(entry.reason()).isEqualTo("基本構想の改定");
		});
	}

	@Test
	void aLongNoteWithASource_isStoredAndAudited() {
		long kpi = kpi("national2-related-population-actual");
		TestAccounts accounts = testAccounts;
		var planner = accounts.account("web-national-planner", "japan", Role.PLANNER);
		assertThat(mvc.post()
			.uri("/kpis/{id}/values", kpi)
			.with(csrf())
			.with(accounts.as(planner))
			.param("year", "2026")
			.param("value", "1")
			.param("status", "CONFIRMED")
			.param("note", "備".repeat(1999))
			.param("source", "出".repeat(500))
			.exchange()).hasStatus3xxRedirection();
		assertThat(audit.of(AuditSubject.kpi(kpi))).first()
			.satisfies(entry -> assertThat(entry.after()).endsWith("出".repeat(20) + "）"));
	}

}
