package jp.suishin.report.web;

import jp.suishin.kpi.KpiRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.PlanRepository;
import jp.suishin.report.KpiDetailQuery;
import jp.suishin.report.KpiListQuery;
import jp.suishin.report.PlanOutlineQuery;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the report queries, which know nothing of Spring, to the repositories. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

	@Bean
	KpiListQuery kpiListQuery(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations) {
		return new KpiListQuery(plans, kpis, organisations);
	}

	@Bean
	PlanOutlineQuery planOutlineQuery(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations) {
		return new PlanOutlineQuery(plans, kpis, organisations);
	}

	@Bean
	KpiDetailQuery kpiDetailQuery(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations) {
		return new KpiDetailQuery(plans, kpis, organisations);
	}

}
