package jp.suishin.authoring;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

/**
 * Who may author a plan: the planners of the organisation (or collaboration) that owns
 * it. The one question every authoring use case asks, inside the use case.
 */
public final class PlanPlanners {

	private final PlanRepository plans;

	private final AccessPolicy access;

	public PlanPlanners(PlanRepository plans, AccessPolicy access) {
		this.plans = plans;
		this.access = access;
	}

	/**
	 * The plan, when the viewer plans for its owner.
	 * @throws Refused not found when there is no such plan
	 * @throws AccessDenied when the viewer does not plan for its owner
	 */
	public Plan require(Viewer viewer, long planId) {
		Plan plan = plans.findById(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
		requireOwner(viewer, plan.ownerId());
		return plan;
	}

	/** Throws {@link AccessDenied} unless the viewer plans for the organisation. */
	public void requireOwner(Viewer viewer, long ownerId) {
		if (!viewer.signedIn()) {
			throw new AccessDenied("plan for organisation " + ownerId);
		}
		access.requirePlan(viewer, ownerId);
	}

	/** The plan a node belongs to, when the viewer plans for its owner. */
	public Plan requireOfNode(Viewer viewer, long nodeId) {
		long planId = plans.planOfNode(nodeId).orElseThrow(() -> Refused.notFound("plan node " + nodeId));
		return require(viewer, planId);
	}

}
