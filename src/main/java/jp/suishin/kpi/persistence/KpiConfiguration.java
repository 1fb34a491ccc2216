package jp.suishin.kpi.persistence;

import jp.suishin.kpi.KpiRepository;
import java.time.Clock;

import jp.suishin.kpi.EditingKpiDefinition;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RevisingBaseline;
import jp.suishin.kpi.SettingMilestone;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the KPI use cases, which know nothing of Spring, to their repositories. */
@Configuration(proxyBeanMethods = false)
class KpiConfiguration {

	@Bean
	RecordingActualValue recordingActualValue(KpiRepository kpis, PlanRepository plans) {
		return new RecordingActualValue(kpis, periods(plans));
	}

	@Bean
	SettingMilestone settingMilestone(KpiRepository kpis, PlanRepository plans) {
		return new SettingMilestone(kpis, periods(plans));
	}

	@Bean
	EditingKpiDefinition editingKpiDefinition(KpiRepository kpis) {
		return new EditingKpiDefinition(kpis);
	}

	@Bean
	RevisingBaseline revisingBaseline(KpiRepository kpis, Clock clock) {
		return new RevisingBaseline(kpis, clock);
	}

	private static RecordingActualValue.PlanPeriods periods(PlanRepository plans) {
		return planId -> plans.findById(planId)
			.map(Plan::period)
			.orElseThrow(() -> new IllegalStateException("KPI refers to a missing plan " + planId));
	}

}
