package jp.suishin.activity;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Plans, edits, removes and reorders a node's main actions of a fiscal year (R6年度の主な取組),
 * as {@link RecordingActivities} does for activities: the planners of the plan's owner
 * only, audited on the plan, nothing stored when the form is refused.
 */
public final class PlanningNextActions {

	private final ActivityRecords records;

	private final NodeEditors editors;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public PlanningNextActions(ActivityRecords records, PlanRepository plans, PlanPlanners planners, AuditTrail audit,
			InOneTransaction work) {
		this.records = records;
		this.editors = new NodeEditors(planners, plans);
		this.audit = audit;
		this.work = work;
	}

	/**
	 * Adds an action of {@code year} after the node's others.
	 * @throws Refused invalid naming {@code actionText}, {@code actionLeads} or
	 * {@code year}; not found; forbidden
	 */
	public long plan(Viewer viewer, long nodeId, FiscalYear year, NextActionForm form) {
		return work.run(() -> {
			Plan plan = editors.require(viewer, nodeId);
			NodeEditors.actionYear(plan, year);
			NextActionForm.Checked action = checked(form);
			long id = records.addAction(nodeId, year, action.text(), action.leads(), viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.NEXT_ACTION_PLANNED,
					RecordingActivities.detail(nodeId, year), null, action.described(), null);
			return id;
		});
	}

	public void edit(Viewer viewer, long actionId, NextActionForm form) {
		work.run(() -> {
			NextAction before = action(actionId);
			Plan plan = editors.require(viewer, before.nodeId());
			NextActionForm.Checked action = checked(form);
			records.updateAction(actionId, action.text(), action.leads(), viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.NEXT_ACTION_EDITED,
					RecordingActivities.detail(before.nodeId(), before.year()), described(before), action.described(),
					null);
			return null;
		});
	}

	public void remove(Viewer viewer, long actionId) {
		work.run(() -> {
			NextAction action = action(actionId);
			Plan plan = editors.require(viewer, action.nodeId());
			records.removeAction(actionId);
			records.orderActions(records.actions(action.nodeId(), action.year()).stream().map(NextAction::id).toList());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.NEXT_ACTION_REMOVED,
					RecordingActivities.detail(action.nodeId(), action.year()), described(action), null, null);
			return null;
		});
	}

	/** Moves an action one place up ({@code -1}) or down ({@code +1}) in its year. */
	public void move(Viewer viewer, long actionId, int step) {
		work.run(() -> {
			NextAction action = action(actionId);
			Plan plan = editors.require(viewer, action.nodeId());
			List<Long> ids = new ArrayList<>(
					records.actions(action.nodeId(), action.year()).stream().map(NextAction::id).toList());
			int at = ids.indexOf(actionId);
			int to = at + Integer.signum(step);
			if (at < 0 || to < 0 || to >= ids.size()) {
				return null;
			}
			ids.remove(at);
			ids.add(to, actionId);
			records.orderActions(ids);
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.NEXT_ACTION_MOVED,
					RecordingActivities.detail(action.nodeId(), action.year()), String.valueOf(at + 1),
					String.valueOf(to + 1), null);
			return null;
		});
	}

	private NextAction action(long actionId) {
		return records.action(actionId).orElseThrow(() -> Refused.notFound("next action " + actionId));
	}

	private static NextActionForm.Checked checked(NextActionForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		NextActionForm.Checked action = form.checked(problems);
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		return action;
	}

	private static String described(NextAction action) {
		return action.text() + " [" + String.join("・", action.leads()) + "]";
	}

}
