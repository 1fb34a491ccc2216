package jp.suishin.authoring.persistence;

import jp.suishin.access.AccessPolicy;
import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.AddingKpi;
import jp.suishin.authoring.AddingNode;
import jp.suishin.authoring.AddingProgram;
import jp.suishin.authoring.CreatingPlan;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.PlanRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the authoring use cases, which know nothing of Spring, to their repositories. */
@Configuration(proxyBeanMethods = false)
class AuthoringConfiguration {

	@Bean
	PlanPlanners planPlanners(PlanRepository plans, AccessPolicy access) {
		return new PlanPlanners(plans, access);
	}

	@Bean
	CreatingPlan creatingPlan(PlanRepository plans, OrganisationRepository organisations, PlanPlanners planners,
			AuditTrail audit, InOneTransaction work) {
		return new CreatingPlan(plans, organisations, planners, audit, work);
	}

	@Bean
	AddingNode addingNode(PlanRepository plans, PlanPlanners planners, AuditTrail audit, InOneTransaction work) {
		return new AddingNode(plans, planners, audit, work);
	}

	@Bean
	AddingProgram addingProgram(PlanRepository plans, PlanPlanners planners, AuditTrail audit, InOneTransaction work) {
		return new AddingProgram(plans, planners, audit, work);
	}

	@Bean
	AddingKpi addingKpi(PlanRepository plans, KpiRepository kpis, PlanPlanners planners, AuditTrail audit,
			InOneTransaction work) {
		return new AddingKpi(plans, kpis, planners, audit, work);
	}

}
