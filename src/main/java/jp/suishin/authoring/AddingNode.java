package jp.suishin.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.plan.NewPlanNode;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Adds a goal, a measure or a project to a plan's tree, after its siblings: at the top
 * ({@code parentNodeId} {@code null}) or under a node of the same plan. Recorded in the
 * audit trail.
 */
public final class AddingNode {

	private final PlanRepository plans;

	private final PlanPlanners planners;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public AddingNode(PlanRepository plans, PlanPlanners planners, AuditTrail audit, InOneTransaction work) {
		this.plans = plans;
		this.planners = planners;
		this.audit = audit;
		this.work = work;
	}

	/**
	 * @return the new node's id
	 * @throws Refused invalid with the form's problems; not found for an unknown plan;
	 * forbidden unless the viewer plans for the plan's owner
	 */
	public long add(Viewer viewer, long planId, Long parentNodeId, NodeForm form) {
		return work.run(() -> into(viewer, planId).add(parentNodeId, form));
	}

	/**
	 * A plan's tree to add many nodes to, inside the caller's transaction (an import):
	 * authorised and read once.
	 */
	public Branches into(Viewer viewer, long planId) {
		planners.require(viewer, planId);
		PlanTree tree = plans.tree(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
		return new Branches(viewer.actor(), planId, tree);
	}

	/** The nodes of one plan, as they grow. */
	public final class Branches {

		private final String actor;

		private final long planId;

		private final Map<Long, Integer> depths = new HashMap<>();

		private final Map<Long, Integer> lastPositions = new HashMap<>();

		private static final long TOP = 0L;

		private Branches(String actor, long planId, PlanTree tree) {
			this.actor = actor;
			this.planId = planId;
			for (PlanNode node : tree.inReadingOrder()) {
				depths.put(node.id(), node.depth());
				lastPositions.merge(parentKey(node.parentId()), node.position(), Math::max);
			}
		}

		public long add(Long parentNodeId, NodeForm form) {
			List<FieldProblem> problems = new ArrayList<>();
			NodeForm.Checked node = form.checked(problems);
			if (parentNodeId != null && !depths.containsKey(parentNodeId)) {
				problems.add(FieldProblem.of("parentNode", "authoring.node.parent-unknown"));
			}
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			int depth = parentNodeId == null ? 1 : depths.get(parentNodeId) + 1;
			int position = lastPositions.merge(parentKey(parentNodeId), 1, Integer::sum);
			long id = plans.addNode(new NewPlanNode(planId, parentNodeId, depth, position, node.code(), node.title(),
					node.summary(), node.area(), node.marks(), node.lead()));
			depths.put(id, depth);
			audit.record(actor, AuditSubject.plan(planId), AuditAction.NODE_ADDED, String.valueOf(id), null,
					node.title(), null);
			return id;
		}

		private static long parentKey(Long parentId) {
			return parentId == null ? TOP : parentId;
		}

	}

}
