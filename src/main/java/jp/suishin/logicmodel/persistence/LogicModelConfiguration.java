package jp.suishin.logicmodel.persistence;

import java.util.Optional;

import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.logicmodel.EditingLogicModels;
import jp.suishin.logicmodel.LogicModelRecords;
import jp.suishin.logicmodel.LogicModels;
import jp.suishin.logicmodel.ProgramCosts;
import jp.suishin.plan.PlanRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the logic-model use cases, which know nothing of Spring, to their storage; the
 * program costs come from whichever module gives a {@link ProgramCosts} bean (none yet:
 * the evaluation module may).
 */
@Configuration(proxyBeanMethods = false)
class LogicModelConfiguration {

	@Bean
	EditingLogicModels editingLogicModels(LogicModelRecords records, PlanRepository plans, PlanPlanners planners,
			KpiRepository kpis, AuditTrail audit, InOneTransaction work) {
		return new EditingLogicModels(records, plans, planners, kpis, audit, work);
	}

	@Bean
	LogicModels logicModels(LogicModelRecords records, PlanRepository plans, KpiRepository kpis,
			ObjectProvider<ProgramCosts> costs) {
		return new LogicModels(records, plans, kpis, () -> Optional.ofNullable(costs.getIfUnique()));
	}

}
