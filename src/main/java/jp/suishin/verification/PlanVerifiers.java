package jp.suishin.verification;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.refusal.Refused;

/**
 * Who may do what with a plan's verification, asked inside every use case: nobody who may
 * not read the owner's working data learns that the plan's verification exists (not
 * found); an expert of the owner gives opinions, a planner of the owner gives them for a
 * named expert and writes the responses, the follow-up and the form. An archived plan
 * takes nothing new.
 */
final class PlanVerifiers {

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final AccessPolicy access;

	PlanVerifiers(PlanRepository plans, KpiRepository kpis, AccessPolicy access) {
		this.plans = plans;
		this.kpis = kpis;
		this.access = access;
	}

	Plan plan(long planId) {
		return plans.findById(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
	}

	/** The viewer's rights on the plan's owner, when it may read its working data. */
	Rights sight(Viewer viewer, Plan plan) {
		return access.requireSight(viewer, plan.ownerId(), "verification of plan " + plan.id());
	}

	/**
	 * The viewer's rights, when it may give an opinion on the plan (expert or planner).
	 */
	Rights requireOpinion(Viewer viewer, Plan plan) {
		Rights rights = sight(viewer, plan);
		if (!rights.opinion() && !rights.plan()) {
			throw new AccessDenied("opinions on plan " + plan.id());
		}
		current(plan);
		return rights;
	}

	/** Throws unless the viewer plans for the plan's owner. */
	void requirePlanner(Viewer viewer, Plan plan) {
		if (!sight(viewer, plan).plan()) {
			throw new AccessDenied("verification of plan " + plan.id());
		}
		current(plan);
	}

	private void current(Plan plan) {
		if (plans.archivedAt(plan.id()).isPresent()) {
			throw Refused.conflict("verification.plan.archived");
		}
	}

	PlanSubjects subjects(Plan plan) {
		PlanTree tree = plans.tree(plan.id()).orElseThrow(() -> Refused.notFound("plan " + plan.id()));
		return new PlanSubjects(tree, kpis.findByPlan(plan.id()));
	}

}
