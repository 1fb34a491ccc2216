package jp.suishin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A target and a revised baseline must be numbers, by the one rule
 * ({@code ValueNotation.amount}): the same message, naming the field, and nothing stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NumberRequiredTests {

	static final String NUMBER_REQUIRED = "数値を入力してください（集計中や「－」は使えません）";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	KpiRepository kpis;

	RequestPostProcessor planner() {
		return this.accounts.as(this.accounts.account("number-planner", "sorachi-bureau", Role.PLANNER));
	}

	@Test
	void aPendingBaseline_isRefusedAsNotANumber() {
		Kpi before = this.kpis.findByKey("sorachi-certified-centers").orElseThrow();
		var revisions = this.kpis.baselineRevisions(before.id());
		assertThat(this.mvc.post()
			.uri("/kpis/{id}/baseline", before.id())
			.with(csrf())
			.with(planner())
			.param("baselineValue", "集計中")
			.param("baselineReason", "見直し")
			.exchange()).hasStatus(422).bodyText().contains("id=\"baselineValue-error\"", NUMBER_REQUIRED);
		assertThat(this.kpis.baselineRevisions(before.id())).isEqualTo(revisions);
	}

	@Test
	void aPendingTarget_isRefusedWithTheSameMessage() {
		Kpi before = this.kpis.findByKey("sorachi-certified-centers").orElseThrow();
		assertThat(this.mvc.post()
			.uri("/kpis/{id}/definition", before.id())
			.with(csrf())
			.with(planner())
			.param("kpiName", before.name())
			.param("kpiDirection", before.direction().name())
			.param("targetValue", "－")
			.param("definitionReason", "見直し")
			.exchange()).hasStatus(422).bodyText().contains("id=\"targetValue-error\"", NUMBER_REQUIRED);
		assertThat(this.kpis.findById(before.id()).orElseThrow().target()).isEqualTo(before.target());
	}

}
