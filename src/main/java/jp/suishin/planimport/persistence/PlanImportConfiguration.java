package jp.suishin.planimport.persistence;

import jp.suishin.access.AccessPolicy;
import jp.suishin.authoring.AddingKpi;
import jp.suishin.authoring.AddingNode;
import jp.suishin.authoring.CreatingPlan;
import jp.suishin.collection.ValueEntryGate;
import jp.suishin.kpi.EditingKpiDefinition;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.LockedYears;
import jp.suishin.kpi.RevisingBaseline;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.PlanRepository;
import jp.suishin.planimport.ExportingPlan;
import jp.suishin.planimport.ImportingPlan;
import jp.suishin.planimport.PlanAuthoring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plan import, which knows nothing of Spring, to the use cases it goes through.
 */
@Configuration(proxyBeanMethods = false)
class PlanImportConfiguration {

	@Bean
	PlanAuthoring planImportAuthoring(CreatingPlan creatingPlan, AddingNode addingNode, AddingKpi addingKpi) {
		return new AuthoringPlanAuthoring(creatingPlan, addingNode, addingKpi);
	}

	@Bean
	ExportingPlan exportingPlan(PlanRepository plans, KpiRepository kpis, AccessPolicy access) {
		return new ExportingPlan(plans, kpis, access);
	}

	@Bean
	ImportingPlan importingPlan(OrganisationRepository organisations, PlanRepository plans, KpiRepository kpis,
			AccessPolicy access, PlanAuthoring authoring, EditingKpiDefinition editing, RevisingBaseline revising,
			ValueEntryGate gate, LockedYears locked, InOneTransaction work) {
		return new ImportingPlan(organisations, plans, kpis, access, authoring, editing, revising, gate, locked, work);
	}

}
