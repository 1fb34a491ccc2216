package jp.suishin.verification;

import java.util.List;
import java.util.Optional;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.document.ExpertReviews;
import jp.suishin.document.YearReview;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

/**
 * The verification of a plan's year as its documents print it (the report, the edition,
 * the evaluation package). Readers of the owner's working data get every opinion and
 * every KPI's row of the form. The public (and so the published edition, which is drafted
 * as the public sees the plan) gets the opinions the division has responded to, with
 * their follow-up, and the rows whose effect is assessed, with the published values only.
 */
public final class ExpertReviewsOfPlans implements ExpertReviews {

	/** The Japanese text of a message key: the documents print Japanese labels. */
	public interface Wording {

		String japanese(String key);

	}

	private final VerificationRecords records;

	private final PlanRepository plans;

	private final AccessPolicy access;

	private final VerificationQuery query;

	private final Wording wording;

	public ExpertReviewsOfPlans(VerificationRecords records, PlanRepository plans, AccessPolicy access,
			VerificationQuery query, Wording wording) {
		this.records = records;
		this.plans = plans;
		this.access = access;
		this.query = query;
		this.wording = wording;
	}

	@Override
	public List<YearReview.Opinion> opinions(Viewer viewer, long planId, FiscalYear year) {
		Optional<Plan> plan = plans.findById(planId);
		if (plan.isEmpty()) {
			return List.of();
		}
		boolean working = access.on(viewer, plan.get().ownerId()).readWorking();
		PlanSubjects subjects = query.subjects(planId);
		return records.opinions(planId, year)
			.stream()
			.filter(o -> working || o.responded())
			.map(o -> new YearReview.Opinion(o.id(), o.subject().kind().code(),
					subjects.title(o.subject()).orElseGet(() -> wording.japanese("verification.subject.gone")),
					o.year().value(), o.year().eraLabel(), o.givenOn(), o.expert(), o.text(), o.response(),
					o.followUp() == null ? null : o.followUp().code(),
					o.followUp() == null ? null : wording.japanese(o.followUp().messageKey()), o.followUpNote()))
			.toList();
	}

	@Override
	public List<YearReview.EffectRow> effects(Viewer viewer, long planId, FiscalYear year) {
		Optional<Plan> plan = plans.findById(planId);
		if (plan.isEmpty()) {
			return List.of();
		}
		boolean working = access.on(viewer, plan.get().ownerId()).readWorking();
		if (!working && records.effects(planId, year).stream().noneMatch(EffectAssessment::assessed)) {
			// nothing the public sees: the KPI list is not drafted a second time
			// (editions)
			return List.of();
		}
		return query.effects(viewer, planId, year)
			.stream()
			.filter(line -> working || (line.assessment() != null && line.assessment().assessed()))
			.map(this::row)
			.toList();
	}

	private YearReview.EffectRow row(EffectLine line) {
		EffectAssessment a = line.assessment();
		ProjectEffect effect = a == null ? null : a.effect();
		FuturePolicy policy = a == null ? null : a.policy();
		return new YearReview.EffectRow(line.kpiId(), line.kpiKey(), line.name(), line.unit(), line.target(),
				line.actual(), effect == null ? null : effect.code(),
				effect == null ? null : wording.japanese(effect.messageKey()), a == null ? null : a.expertOpinion(),
				policy == null ? null : policy.code(), policy == null ? null : wording.japanese(policy.messageKey()),
				a == null ? null : a.policyReason());
	}

}
