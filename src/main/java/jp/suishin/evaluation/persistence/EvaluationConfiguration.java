package jp.suishin.evaluation.persistence;

import java.time.Clock;
import java.util.Locale;

import jp.suishin.access.AccessPolicy;
import jp.suishin.audit.AuditTrail;
import jp.suishin.evaluation.ConfiguringEvaluation;
import jp.suishin.evaluation.DonationsDesignated;
import jp.suishin.evaluation.EvaluatingPrograms;
import jp.suishin.evaluation.EvaluationSettings;
import jp.suishin.evaluation.EvaluationSheets;
import jp.suishin.evaluation.LatestFullCost;
import jp.suishin.evaluation.ReviewingPrograms;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.plan.PlanRepository;
import jp.suishin.report.KpiListQuery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the evaluation use cases, which know nothing of Spring, to their storage. The
 * donations designated to a program come from the donation module when it is there (asked
 * on every use, so its bean may come later); without it none is recorded.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

	@Bean
	EvaluatingPrograms evaluatingPrograms(EvaluationSheets sheets, EvaluationSettings settings, PlanRepository plans,
			KpiRepository kpis, DepartmentRepository departments, AccessPolicy access,
			ObjectProvider<DonationsDesignated> donations, AuditTrail audit, InOneTransaction work, Clock clock) {
		return new EvaluatingPrograms(sheets, settings, plans, kpis, departments, access, designated(donations), audit,
				work, clock);
	}

	@Bean
	ConfiguringEvaluation configuringEvaluation(EvaluationSettings settings, EvaluationSheets sheets, AuditTrail audit,
			InOneTransaction work) {
		return new ConfiguringEvaluation(settings, sheets, audit, work);
	}

	@Bean
	ReviewingPrograms reviewingPrograms(EvaluationSheets sheets, EvaluationSettings settings, PlanRepository plans,
			KpiListQuery kpiLists, AccessPolicy access, ObjectProvider<DonationsDesignated> donations) {
		return new ReviewingPrograms(sheets, settings, plans, kpiLists, access, designated(donations));
	}

	/**
	 * The program's latest public フルコスト in front of its logic model's inputs, worded in
	 * Japanese like the diagram's boxes.
	 */
	@Bean
	LatestFullCost latestFullCost(PlanRepository plans, EvaluationSheets sheets, EvaluationSettings settings,
			ReviewingPrograms reviewing, MessageSource messages) {
		return new LatestFullCost(plans, sheets, settings, reviewing, (money, year) -> messages
			.getMessage("evaluation.logic-model.full-cost", new Object[] { money, year.eraLabel() }, Locale.JAPANESE));
	}

	static DonationsDesignated designated(ObjectProvider<DonationsDesignated> donations) {
		return (programId, year, unit) -> donations.getIfAvailable(() -> DonationsDesignated.NONE)
			.to(programId, year, unit);
	}

}
