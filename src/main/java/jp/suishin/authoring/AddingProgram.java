package jp.suishin.authoring;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
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
		return work.run(() -> {
			Plan plan = planners.requireOfNode(viewer, nodeId);
			List<FieldProblem> problems = new ArrayList<>();
			ProgramForm.Checked program = form.checked(problems);
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			PlanTree tree = plans.tree(plan.id()).orElseThrow(() -> Refused.notFound("plan " + plan.id()));
			int position = tree.programs(nodeId).stream().mapToInt(p -> p.position()).max().orElse(0) + 1;
			long id = plans.addProgram(nodeId, position, program.name(), program.lead(), program.summary(),
					program.fiscalYear());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.PROGRAM_ADDED, String.valueOf(id),
					null, program.name(), null);
			return id;
		});
	}

}
