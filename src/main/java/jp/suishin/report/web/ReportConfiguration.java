package jp.suishin.report.web;

import java.util.Map;

import jp.suishin.access.AccessPolicy;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.Publication;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.LockedYears;
import jp.suishin.plan.Plan;
import jp.suishin.report.SchemeRevisions;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.PlanRepository;
import jp.suishin.report.AnalysisRepository;
import jp.suishin.report.ChoosingScheme;
import jp.suishin.report.KpiDetailQuery;
import jp.suishin.report.KpiListParameters;
import jp.suishin.report.KpiListQuery;
import jp.suishin.report.PlanGradesQuery;
import jp.suishin.report.PlanOutlineQuery;
import jp.suishin.report.SavingAnalysis;

import jp.suishin.pagecache.CacheablePage;
import jp.suishin.storage.PlanVersions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the report queries, which know nothing of Spring, to the repositories. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

	@Bean
	KpiListQuery kpiListQuery(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations,
			AnalysisRepository analyses, Publication publication, SchemeRevisions schemes) {
		return new KpiListQuery(plans, kpis, organisations, analyses, publication, schemes);
	}

	@Bean
	PlanGradesQuery planGradesQuery(PlanRepository plans, KpiRepository kpis, Publication publication,
			SchemeRevisions schemes) {
		return new PlanGradesQuery(plans, kpis, publication, schemes);
	}

	@Bean
	PlanOutlineQuery planOutlineQuery(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations) {
		return new PlanOutlineQuery(plans, kpis, organisations);
	}

	@Bean
	SavingAnalysis savingAnalysis(AnalysisRepository analyses, PlanRepository plans, AccessPolicy access,
			LockedYears locked, InOneTransaction work) {
		return new SavingAnalysis(analyses, plans::findById, access, locked, work);
	}

	@Bean
	ChoosingScheme choosingScheme(PlanRepository plans, SchemeRevisions schemes, AccessPolicy access,
			LockedYears locked, InOneTransaction work) {
		return new ChoosingScheme(plans, schemes, access, locked, work);
	}

	@Bean
	KpiDetailQuery kpiDetailQuery(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations,
			AuditTrail audit, Publication publication, SchemeRevisions schemes) {
		return new KpiDetailQuery(plans, kpis, organisations, audit, publication, schemes);
	}

	/**
	 * The report's pages the public reads alike, kept rendered while their plans are
	 * unchanged.
	 */
	@Bean
	CacheablePage kpiListPage(PlanVersions versions) {
		return CacheablePage.ofPlan("/plans/{id}/kpi-list", KpiListParameters.CANONICAL, versions);
	}

	@Bean
	CacheablePage kpiListCsv(PlanVersions versions) {
		return CacheablePage.ofPlan("/plans/{id}/kpi-list.csv", KpiListParameters.CANONICAL, versions);
	}

	@Bean
	CacheablePage kpiListXlsx(PlanVersions versions) {
		return CacheablePage.ofPlan("/plans/{id}/kpi-list.xlsx", KpiListParameters.CANONICAL, versions);
	}

	@Bean
	CacheablePage planPage(PlanVersions versions) {
		return CacheablePage.ofPlan("/plans/{id}", Map.of(), versions);
	}

	@Bean
	CacheablePage planList(PlanVersions versions) {
		return CacheablePage.ofPlanList("/", Map.of("group", CacheablePage::id), versions);
	}

}
