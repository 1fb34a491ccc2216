package jp.suishin.linkage.persistence;

import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.Publication;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiPlanners;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.linkage.ComputingKpis;
import jp.suishin.linkage.KpiLinks;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.PlanRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the computation of parent KPIs, which knows nothing of Spring, to the links'
 * storage and to the KPIs, plans and publication rule it reads.
 */
@Configuration(proxyBeanMethods = false)
class ComputationConfiguration {

	@Bean
	ComputingKpis computingKpis(KpiLinks links, KpiRepository kpis, PlanRepository plans,
			OrganisationRepository organisations, Publication publication, KpiPlanners planners, AuditTrail audit,
			InOneTransaction work) {
		return new ComputingKpis(links, kpis, plans, organisations, publication, planners, audit, work);
	}

}
