package jp.suishin.verification.persistence;

import java.time.Clock;
import java.util.Locale;

import jp.suishin.access.AccessPolicy;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanRepository;
import jp.suishin.report.KpiListQuery;
import jp.suishin.verification.ExpertReviewsOfPlans;
import jp.suishin.verification.GivingOpinions;
import jp.suishin.verification.RespondingToOpinions;
import jp.suishin.verification.VerificationQuery;
import jp.suishin.verification.VerificationRecords;
import jp.suishin.verification.VerifyingEffects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the verification use cases, which know nothing of Spring, to their storage. */
@Configuration(proxyBeanMethods = false)
class VerificationConfiguration {

	@Bean
	GivingOpinions givingOpinions(VerificationRecords records, PlanRepository plans, KpiRepository kpis,
			AccessPolicy access, AuditTrail audit, InOneTransaction work, Clock clock) {
		return new GivingOpinions(records, plans, kpis, access, audit, work, clock);
	}

	@Bean
	RespondingToOpinions respondingToOpinions(VerificationRecords records, PlanRepository plans, KpiRepository kpis,
			AccessPolicy access, AuditTrail audit, InOneTransaction work) {
		return new RespondingToOpinions(records, plans, kpis, access, audit, work);
	}

	@Bean
	VerifyingEffects verifyingEffects(VerificationRecords records, PlanRepository plans, KpiRepository kpis,
			AccessPolicy access, AuditTrail audit, InOneTransaction work) {
		return new VerifyingEffects(records, plans, kpis, access, audit, work);
	}

	@Bean
	VerificationQuery verificationQuery(VerificationRecords records, PlanRepository plans, KpiRepository kpis,
			AccessPolicy access, KpiListQuery kpiLists) {
		return new VerificationQuery(records, plans, kpis, access, kpiLists);
	}

	/**
	 * The document's port ({@code document.ExpertReviews}), gathered by GatheringReview.
	 */
	@Bean
	ExpertReviewsOfPlans expertReviews(VerificationRecords records, PlanRepository plans, AccessPolicy access,
			VerificationQuery query, MessageSource messages) {
		return new ExpertReviewsOfPlans(records, plans, access, query,
				key -> messages.getMessage(key, null, Locale.JAPANESE));
	}

}
