package jp.suishin.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The {@code year} and {@code scheme} query parameters are read once
 * ({@code notation.YearParameter}, {@code progress.SchemeName}) and refused the same way
 * on the pages (a 400 page with the message) and the API (a 400 problem with the field).
 */
@SpringBootTest
@AutoConfigureMockMvc
class QueryParameterTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	long sorachi() {
		return this.plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
	}

	@Test
	void kpiListPage_withAnUnreadableYear_says400AndWhy() {
		assertThat(this.mvc.get().uri("/plans/{id}/kpi-list?year=R99X", sorachi()).exchange()).hasStatus(400)
			.bodyText()
			.contains("年度「R99X」が読み取れません");
	}

	@Test
	void kpiListPage_withAnUnknownScheme_says400AndWhy() {
		assertThat(this.mvc.get().uri("/plans/{id}/kpi-list?year=2024&scheme=nope", sorachi()).exchange())
			.hasStatus(400)
			.bodyText()
			.contains("評価方式「nope」はありません");
	}

	@Test
	void kpiPage_withAnUnreadableYear_is400LikeTheList() {
		long kpi = this.kpis.findByPlan(sorachi()).get(0).id();
		assertThat(this.mvc.get().uri("/kpis/{id}?year=abc", kpi).exchange()).hasStatus(400)
			.bodyText()
			.contains("年度「abc」が読み取れません");
		assertThat(this.mvc.get().uri("/kpis/{id}?year=R6", kpi).exchange()).hasStatusOk();
	}

	@Test
	void api_namesTheFieldOfAnUnusableParameter() {
		assertThat(this.mvc.get().uri("/api/v1/plans/{id}/kpi-list?year=abc", sorachi()).exchange()).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("year");
		assertThat(this.mvc.get().uri("/api/v1/plans/{id}/kpi-list?year=2024&scheme=nope", sorachi()).exchange())
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("scheme");
	}

}
