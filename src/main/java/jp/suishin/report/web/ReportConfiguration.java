package jp.suishin.report.web;

import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.Publication;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.PlanRepository;
import jp.suishin.report.AnalysisRepository;
import jp.suishin.report.ChoosingScheme;
import jp.suishin.report.KpiDetailQuery;
import jp.suishin.report.KpiListQuery;
import jp.suishin.report.PlanOutlineQuery;
import jp.suishin.report.SavingAnalysis;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the report queries, which know nothing of Spring, to the repositories. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

	@Bean
	KpiListQuery kpiListQuery(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations,
			AnalysisRepository analyses, Publication publication) {
		return new KpiListQuery(plans, kpis, organisations, analyses, publication);
	}

	@Bean
	PlanOutlineQuery planOutlineQuery(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations) {
		return new PlanOutlineQuery(plans, kpis, organisations);
	}

	@Bean
	SavingAnalysis savingAnalysis(AnalysisRepository analyses, PlanRepository plans) {
		return new SavingAnalysis(analyses, planId -> plans.findById(planId).isPresent());
	}

	@Bean
	ChoosingScheme choosingScheme(PlanRepository plans) {
		return new ChoosingScheme(plans);
	}

	@Bean
	KpiDetailQuery kpiDetailQuery(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations,
			AuditTrail audit, Publication publication) {
		return new KpiDetailQuery(plans, kpis, organisations, audit, publication);
	}

}
