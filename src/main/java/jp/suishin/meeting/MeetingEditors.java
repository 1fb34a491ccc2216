package jp.suishin.meeting;

import java.util.List;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.Viewer;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Who may write a plan's meetings (the planners of the plan's owner, as
 * {@link PlanPlanners} decides for every authoring use case, on a plan that is not
 * archived), and what a meeting may name: a current node of that plan, existing
 * organisations.
 */
final class MeetingEditors {

	private final PlanPlanners planners;

	private final PlanRepository plans;

	private final OrganisationRepository organisations;

	MeetingEditors(PlanPlanners planners, PlanRepository plans, OrganisationRepository organisations) {
		this.planners = planners;
		this.plans = plans;
		this.organisations = organisations;
	}

	/**
	 * The plan, when the viewer plans for its owner.
	 * @throws Refused not found for an unknown plan; conflict for an archived one
	 * @throws AccessDenied when the viewer does not plan for the plan's owner
	 */
	Plan require(Viewer viewer, long planId) {
		Plan plan = planners.require(viewer, planId);
		if (plans.archivedAt(plan.id()).isPresent()) {
			throw Refused.conflict("meeting.plan.archived");
		}
		return plan;
	}

	/** Adds the problems of a node outside the plan and of unknown organisations. */
	void checkReferences(Plan plan, MeetingContent content, List<FieldProblem> problems) {
		if (content.nodeId() != null && plans.tree(plan.id()).flatMap(tree -> tree.node(content.nodeId())).isEmpty()) {
			problems.add(FieldProblem.of("node", "meeting.node.not-in-plan"));
		}
		for (long attendee : content.attendeeIds()) {
			if (organisations.findById(attendee).isEmpty()) {
				problems.add(FieldProblem.of("attendees", "meeting.attendees.unknown", attendee));
				return;
			}
		}
	}

}
