package jp.suishin.api;

import java.util.Map;

import jp.suishin.pagecache.CacheablePage;
import jp.suishin.report.KpiListParameters;
import jp.suishin.storage.PlanVersions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's answers the public reads alike, kept while their plans are unchanged. */
@Configuration(proxyBeanMethods = false)
class PublicApiPages {

	@Bean
	CacheablePage apiKpiList(PlanVersions versions) {
		return CacheablePage.ofPlan("/api/v1/plans/{id}/kpi-list", KpiListParameters.CANONICAL, versions);
	}

	@Bean
	CacheablePage apiPlan(PlanVersions versions) {
		return CacheablePage.ofPlan("/api/v1/plans/{id}", Map.of(), versions);
	}

	@Bean
	CacheablePage apiPlans(PlanVersions versions) {
		return CacheablePage.ofPlanList("/api/v1/plans", Map.of(), versions);
	}

	@Bean
	CacheablePage apiOrganisations(PlanVersions versions) {
		return CacheablePage.ofPlanList("/api/v1/organisations", Map.of(), versions);
	}

}
