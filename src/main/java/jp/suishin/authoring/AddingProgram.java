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
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.Program;
import jp.suishin.plan.PlanTree;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/** Adds a program (事業) under a node, after the node's programs; audited. */
public final class AddingProgram {

	private final PlanRepository plans;

	private final PlanPlanners planners;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public AddingProgram(PlanRepository plans, PlanPlanners planners, AuditTrail audit, InOneTransaction work) {
		this.plans = plans;
		this.planners = planners;
		this.audit = audit;
		this.work = work;
	}

	/**
	 * @return the new program's id
	 * @throws Refused invalid with the form's problems; not found for an unknown node;
	 * forbidden unless the viewer plans for the plan's owner
	 */
	public long add(Viewer viewer, long nodeId, ProgramForm form) {
		return work.run(() -> into(viewer, planners.requireOfNode(viewer, nodeId).id()).add(nodeId, form));
	}

	/**
	 * A plan's programs to add many to, inside the caller's transaction (an import, the
	 * sample data): authorised and read once.
	 */
	public Programs into(Viewer viewer, long planId) {
		Plan plan = planners.require(viewer, planId);
		PlanTree tree = plans.tree(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
		return new Programs(viewer.actor(), plan.id(), tree);
	}

	/** The programs under the nodes of one plan, as they grow. */
	public final class Programs {

		private final String actor;

		private final long planId;

		private final Map<Long, Integer> lastPositions = new HashMap<>();

		private Programs(String actor, long planId, PlanTree tree) {
			this.actor = actor;
			this.planId = planId;
			for (PlanNode node : tree.inReadingOrder()) {
				lastPositions.put(node.id(),
						tree.programs(node.id()).stream().mapToInt(Program::position).max().orElse(0));
			}
		}

		public long add(long nodeId, ProgramForm form) {
			List<FieldProblem> problems = new ArrayList<>();
			ProgramForm.Checked program = form.checked(problems);
			if (!lastPositions.containsKey(nodeId)) {
				// a node added since (an import adds nodes and their programs in turn)
				if (plans.planOfNode(nodeId).filter(id -> id == planId).isPresent()) {
					lastPositions.put(nodeId, 0);
				}
				else {
					problems.add(FieldProblem.of("programNode", "authoring.node.parent-unknown"));
				}
			}
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			long id = plans.addProgram(nodeId, lastPositions.merge(nodeId, 1, Integer::sum), program.name(),
					program.lead(), program.summary(), program.fiscalYear());
			audit.record(actor, AuditSubject.plan(planId), AuditAction.PROGRAM_ADDED, String.valueOf(id), null,
					program.name(), null);
			return id;
		}

	}

}
