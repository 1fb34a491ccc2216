package jp.suishin.linkage.persistence;

import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiPlanners;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.linkage.KpiLinks;
import jp.suishin.linkage.LinkingKpis;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the linking use case, which knows nothing of Spring, to its storage. */
@Configuration(proxyBeanMethods = false)
class LinkageConfiguration {

	@Bean
	LinkingKpis linkingKpis(KpiLinks links, KpiRepository kpis, KpiPlanners planners, AuditTrail audit,
			InOneTransaction work) {
		return new LinkingKpis(links, kpis, planners, audit, work);
	}

}
