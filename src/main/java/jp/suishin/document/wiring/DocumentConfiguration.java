package jp.suishin.document.wiring;

import java.time.Clock;

import jp.suishin.activity.PlanActivities;
import jp.suishin.document.DonationReports;
import jp.suishin.document.DraftingPackage;
import jp.suishin.document.DraftingReport;
import jp.suishin.document.ExpertReviews;
import jp.suishin.document.GatheringReview;
import jp.suishin.document.LogicModelFigures;
import jp.suishin.document.ProgramReviews;
import jp.suishin.plan.PlanRepository;
import jp.suishin.report.KpiListQuery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the drafting of report documents, which knows nothing of Spring, to the KPI list,
 * the plans, the activities and the message bundles.
 */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

	@Bean
	DraftingReport draftingReport(KpiListQuery kpiLists, PlanRepository plans, PlanActivities activities,
			MessageSource messages, Clock clock, GatheringReview review) {
		return new DraftingReport(kpiLists, plans, activities,
				(locale, key, arguments) -> messages.getMessage(key, arguments, locale), clock, review);
	}

	@Bean
	DraftingPackage draftingPackage(DraftingReport drafting, GatheringReview review) {
		return new DraftingPackage(drafting, review);
	}

	/**
	 * The parts of the PDCA year from whichever modules implement the document's ports.
	 */
	@Bean
	GatheringReview gatheringReview(ObjectProvider<ProgramReviews> programs, ObjectProvider<ExpertReviews> experts,
			ObjectProvider<LogicModelFigures> logicModels, ObjectProvider<DonationReports> donations) {
		return new GatheringReview(programs.orderedStream().toList(), experts.orderedStream().toList(),
				logicModels.orderedStream().toList(), donations.orderedStream().toList());
	}

}
