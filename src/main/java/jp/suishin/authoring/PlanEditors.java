package jp.suishin.authoring;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Problem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

/**
 * Who may edit a plan, its tree and its KPIs: the planners of the organisation (or
 * collaboration) that owns it. The one question every editing use case asks, inside the
 * use case. An archived plan is not edited any more.
 */
final class PlanEditors {

	private final PlanRepository plans;

	private final AccessPolicy access;

	PlanEditors(PlanRepository plans, AccessPolicy access) {
		this.plans = plans;
		this.access = access;
	}

	/**
	 * The plan, when the viewer plans for its owner and it is not archived.
	 * @throws Refused not found for an unknown plan, conflict for an archived one
	 * @throws AccessDenied when the viewer does not plan for its owner
	 */
	Plan require(Viewer viewer, long planId) {
		Plan plan = plans.findById(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
		access.requirePlan(viewer, plan.ownerId());
		if (plans.archivedAt(planId).isPresent()) {
			throw new Refused(new Refusal.Conflict(Problem.of("authoring.plan.archived")));
		}
		return plan;
	}

}
