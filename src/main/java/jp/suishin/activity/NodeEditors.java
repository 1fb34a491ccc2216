package jp.suishin.activity;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.Viewer;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

/**
 * Who may write a node's activities and actions: the planners of the plan's owner (as
 * {@link PlanPlanners} decides for every authoring use case), on a current node of a plan
 * that is not archived; and for which years.
 */
final class NodeEditors {

	private final PlanPlanners planners;

	private final PlanRepository plans;

	NodeEditors(PlanPlanners planners, PlanRepository plans) {
		this.planners = planners;
		this.plans = plans;
	}

	/**
	 * The node's plan, when the viewer plans for its owner.
	 * @throws Refused not found for an unknown or archived node; conflict for an archived
	 * plan
	 * @throws AccessDenied when the viewer does not plan for the plan's owner
	 */
	Plan require(Viewer viewer, long nodeId) {
		Plan plan = planners.requireOfNode(viewer, nodeId);
		if (plans.archivedAt(plan.id()).isPresent()) {
			throw Refused.conflict("activity.plan.archived");
		}
		if (plans.tree(plan.id()).flatMap(t -> t.node(nodeId)).isEmpty()) {
			throw Refused.notFound("archived node " + nodeId);
		}
		return plan;
	}

	/** An activity's year: within the plan's period. */
	static void activityYear(Plan plan, FiscalYear year) {
		if (!plan.period().contains(year)) {
			throw Refused.invalid("year", "activity.year.outside-plan", year.eraLabel(),
					plan.period().from().eraLabel(), plan.period().to().eraLabel());
		}
	}

	/**
	 * An action's year: within the period or the year after it (the report of the last
	 * year lists the actions of the next).
	 */
	static void actionYear(Plan plan, FiscalYear year) {
		if (year.isBefore(plan.period().from()) || year.isAfter(plan.period().to().next())) {
			throw Refused.invalid("year", "activity.year.outside-plan", year.eraLabel(),
					plan.period().from().eraLabel(), plan.period().to().next().eraLabel());
		}
	}

}
