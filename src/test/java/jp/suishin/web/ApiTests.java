package jp.suishin.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	long sorachi() {
		return plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
	}

	@Test
	void organisations_carryTheirCodesAndMembers() {
		var json = assertThat(mvc.get().uri("/api/v1/organisations").exchange()).hasStatusOk().bodyJson();
		json.extractingPath("$[?(@.key=='iwamizawa')].localGovernmentCode").asArray().containsExactly("012106");
		json.extractingPath("$[?(@.key=='south-sorachi-zone')].members[*].role")
			.asArray()
			.containsExactly("CENTER", "MEMBER", "MEMBER", "MEMBER", "MEMBER", "MEMBER", "MEMBER", "MEMBER", "MEMBER");
	}

	@Test
	void plans_areListedWithTheirPeriods() {
		assertThat(mvc.get().uri("/api/v1/plans").exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.key=='south-sorachi-vision')].period.from.fiscalYear")
			.asArray()
			.containsExactly(2025);
	}

	@Test
	void aPlan_comesWithItsTree() {
		var json = assertThat(mvc.get().uri("/api/v1/plans/{id}", sorachi()).exchange()).hasStatusOk().bodyJson();
		json.extractingPath("$.nodes.length()").isEqualTo(4);
		json.extractingPath("$.nodes[0].level").isEqualTo("プロジェクト");
		json.extractingPath("$.nodes[3].kpis[*].relisted").asArray().containsExactly(true, true, false);
	}

	@Test
	void aKpi_comesWithItsValues() {
		long id = kpis.findByKey("sorachi-tantekko-visitors").orElseThrow().id();
		var json = assertThat(mvc.get().uri("/api/v1/kpis/{id}", id).exchange()).hasStatusOk().bodyJson();
		json.extractingPath("$.baseline.display").isEqualTo("7,250千人");
		json.extractingPath("$.values[?(@.year.era=='R6')].status").asArray().containsExactly("PENDING");
		json.extractingPath("$.values[?(@.year.era=='R6')].expectedMonth").asArray().containsExactly(7);
		json.extractingPath("$.values[0].updatedBy").as("who changed a value is not for the public").isNull();
	}

	@Test
	void sorachiFy2024KpiList_matchesTheReport() {
		var json = assertThat(mvc.get().uri("/api/v1/plans/{id}/kpi-list?year=2024", sorachi()).exchange())
			.hasStatusOk()
			.bodyJson();
		json.extractingPath("$.rows[*].progress.display")
			.asArray()
			.containsExactly("－％", "99.9％", "82.9％", "197.7％", "－％", "－％", "82.9％", "－％", "90.9％");
		json.extractingPath("$.rows[1].progress.percent").isEqualTo(99.9);
		json.extractingPath("$.rows[1].progress.method").isEqualTo("ratio");
		json.extractingPath("$.rows[1].progress.grade").isEqualTo("80%以上");
		json.extractingPath("$.scheme").isEqualTo("ratio");
		json.extractingPath("$.summary.unique").isEqualTo(7);
		json.extractingPath("$.summary.grades[*].code").asArray().containsExactly("達成", "80%以上", "pending");
		json.extractingPath("$.summary.grades[*].tenths").asArray().containsExactly(2, 4, 4);
		json.extractingPath("$.analysis").asString().contains("7件の評価指標");
	}

	@Test
	void sorachiFy2024KpiList_inEnglish_writesTheDraftInEnglish() {
		var json = assertThat(mvc.get().uri("/api/v1/plans/{id}/kpi-list?year=2024&lang=en", sorachi()).exchange())
			.hasStatusOk()
			.bodyJson();
		json.extractingPath("$.analysis").asString().contains("Of 7 KPIs").doesNotContain("評価指標");
		json.extractingPath("$.lint[*].message")
			.asArray()
			.allSatisfy(message -> assertThat(String.valueOf(message)).doesNotContainPattern("[\\p{IsHiragana}]"));
	}

	@Test
	void unknownIdsAndBadYears_areProblemDetails() {
		assertThat(mvc.get().uri("/api/v1/kpis/999999").exchange()).hasStatus(404)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(404);
		assertThat(mvc.get().uri("/api/v1/plans/{id}/kpi-list?year=abc", sorachi()).exchange()).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("abc");
	}

	@Test
	void theKpiList_canBeGradedWithAnotherScheme_andAnUnknownOneIsABadRequest() {
		assertThat(mvc.get().uri("/api/v1/plans/{id}/kpi-list?year=2024&scheme=sabc", sorachi()).exchange())
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.rows[3].progress.grade")
			.isEqualTo("S");
		assertThat(mvc.get().uri("/api/v1/plans/{id}/kpi-list?year=2024&scheme=nope", sorachi()).exchange())
			.hasStatus(400);
	}

	@Test
	void badParametersAndBodiesAreExplainedInJapanese() {
		assertThat(mvc.get().uri("/api/v1/kpis/abc").exchange()).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("「id」", "「abc」");
	}

}
