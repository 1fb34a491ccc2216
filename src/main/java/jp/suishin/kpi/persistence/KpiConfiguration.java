package jp.suishin.kpi.persistence;

import java.time.Clock;

import jp.suishin.access.AccessPolicy;
import java.util.function.Supplier;

import jp.suishin.kpi.EditingKpiDefinition;
import jp.suishin.kpi.ImportingValues;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiPlanners;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.LockedYears;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RevisingBaseline;
import jp.suishin.kpi.SettingMilestone;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the KPI use cases, which know nothing of Spring, to their repositories. */
@Configuration(proxyBeanMethods = false)
class KpiConfiguration {

	@Bean
	RecordingActualValue recordingActualValue(KpiRepository kpis, PlanRepository plans) {
		return new RecordingActualValue(kpis, periods(plans));
	}

	@Bean
	ImportingValues importingValues(KpiRepository kpis, PlanRepository plans) {
		return new ImportingValues(kpis, periods(plans));
	}

	@Bean
	InOneTransaction inOneTransaction(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		return new InOneTransaction() {
			@Override
			public <T> T run(Supplier<T> work) {
				return template.execute(status -> work.get());
			}
		};
	}

	@Bean
	KpiPlanners kpiPlanners(KpiRepository kpis, PlanRepository plans, AccessPolicy access) {
		return new KpiPlanners(kpis, planId -> plan(plans, planId).ownerId(), access);
	}

	@Bean
	SettingMilestone settingMilestone(KpiRepository kpis, PlanRepository plans, KpiPlanners planners,
			LockedYears locked, InOneTransaction work) {
		return new SettingMilestone(kpis, periods(plans), planners, locked, work);
	}

	@Bean
	EditingKpiDefinition editingKpiDefinition(KpiRepository kpis, PlanRepository plans, KpiPlanners planners,
			LockedYears locked, InOneTransaction work) {
		return new EditingKpiDefinition(kpis, periods(plans), planners, locked, work);
	}

	@Bean
	RevisingBaseline revisingBaseline(KpiRepository kpis, Clock clock, PlanRepository plans, KpiPlanners planners,
			LockedYears locked, InOneTransaction work) {
		return new RevisingBaseline(kpis, clock, periods(plans), planners, locked, work);
	}

	private static RecordingActualValue.PlanPeriods periods(PlanRepository plans) {
		return planId -> plan(plans, planId).period();
	}

	private static Plan plan(PlanRepository plans, long planId) {
		return plans.findById(planId)
			.orElseThrow(() -> new IllegalStateException("KPI refers to a missing plan " + planId));
	}

}
