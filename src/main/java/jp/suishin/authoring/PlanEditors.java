package jp.suishin.authoring;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.Viewer;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Problem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

/**
 * Who may edit a plan, its tree and its KPIs: its {@link PlanPlanners}, while the plan is
 * current (an archived plan is not edited any more).
 */
final class PlanEditors {

	private final PlanPlanners planners;

	private final PlanRepository plans;

	PlanEditors(PlanPlanners planners, PlanRepository plans) {
		this.planners = planners;
		this.plans = plans;
	}

	/**
	 * The plan, when the viewer plans for its owner and it is not archived.
	 * @throws Refused not found for an unknown plan, conflict for an archived one
	 * @throws AccessDenied when the viewer does not plan for its owner
	 */
	Plan require(Viewer viewer, long planId) {
		Plan plan = planners.require(viewer, planId);
		if (plans.archivedAt(planId).isPresent()) {
			throw new Refused(new Refusal.Conflict(Problem.of("authoring.plan.archived")));
		}
		return plan;
	}

}
