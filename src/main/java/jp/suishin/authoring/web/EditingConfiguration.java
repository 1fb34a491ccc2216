package jp.suishin.authoring.web;

import jp.suishin.authoring.EditingKpi;
import jp.suishin.authoring.EditingPlan;
import jp.suishin.authoring.EditingPlanTree;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.authoring.RemovingKpi;
import jp.suishin.kpi.EditingKpiDefinition;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.LockedYears;
import jp.suishin.kpi.SettingMilestone;
import jp.suishin.plan.PlanRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the use cases that edit a plan, its tree and its KPIs (no Spring in them). */
@Configuration(proxyBeanMethods = false)
class EditingConfiguration {

	@Bean
	EditingPlan editingPlan(PlanRepository plans, KpiRepository kpis, PlanPlanners planners, InOneTransaction work) {
		return new EditingPlan(plans, kpis, planners, work);
	}

	@Bean
	EditingPlanTree editingPlanTree(PlanRepository plans, KpiRepository kpis, PlanPlanners planners,
			InOneTransaction work) {
		return new EditingPlanTree(plans, kpis, planners, work);
	}

	@Bean
	EditingKpi editingKpi(KpiRepository kpis, PlanRepository plans, PlanPlanners planners,
			EditingKpiDefinition definitions, SettingMilestone milestones, LockedYears locked, InOneTransaction work) {
		return new EditingKpi(kpis, plans, planners, definitions, milestones, locked, work);
	}

	@Bean
	RemovingKpi removingKpi(KpiRepository kpis, PlanRepository plans, PlanPlanners planners, InOneTransaction work) {
		return new RemovingKpi(kpis, plans, planners, work);
	}

}
