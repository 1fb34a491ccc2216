package jp.suishin.linkage.persistence;

import jp.suishin.access.AccessPolicy;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.Publication;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiPlanners;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.linkage.KpiLinks;
import jp.suishin.linkage.LinkedKpisQuery;
import jp.suishin.linkage.LinkingKpis;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.PlanRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the linking use case and the linked KPIs' query, which know nothing of Spring, to
 * their storage.
 */
@Configuration(proxyBeanMethods = false)
class LinkageConfiguration {

	@Bean
	LinkingKpis linkingKpis(KpiLinks links, KpiRepository kpis, KpiPlanners planners, AuditTrail audit,
			InOneTransaction work) {
		return new LinkingKpis(links, kpis, planners, audit, work);
	}

	@Bean
	LinkedKpisQuery linkedKpisQuery(KpiLinks links, KpiRepository kpis, PlanRepository plans,
			OrganisationRepository organisations, Publication publication, AccessPolicy access) {
		return new LinkedKpisQuery(links, kpis, plans, organisations, publication, access);
	}

}
