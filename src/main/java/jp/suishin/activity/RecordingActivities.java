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
 * Records, edits, removes and reorders a node's activities and results of a fiscal year
 * (これまでの主な取組・成果), for the browser and the sample data alike. Only the planners of the
 * plan's owner may; every change is a plan audit entry, which also moves the stamps of
 * the plan's public pages. Whatever the form refuses, nothing is stored.
 */
public final class RecordingActivities {

	private final ActivityRecords records;

	private final NodeEditors editors;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public RecordingActivities(ActivityRecords records, PlanRepository plans, PlanPlanners planners, AuditTrail audit,
			InOneTransaction work) {
		this.records = records;
		this.editors = new NodeEditors(planners, plans);
		this.audit = audit;
		this.work = work;
	}

	/**
	 * Adds an activity after the node's others of the year.
	 * @return its id
	 * @throws Refused invalid naming the fields ({@code title}, {@code leads},
	 * {@code dates}, {@code place}, {@code summary}, {@code participants}, {@code year});
	 * not found; forbidden unless the viewer plans for the plan's owner
	 */
	public long record(Viewer viewer, long nodeId, FiscalYear year, ActivityForm form) {
		return work.run(() -> {
			Plan plan = editors.require(viewer, nodeId);
			NodeEditors.activityYear(plan, year);
			ActivityContent content = checked(form);
			long id = records.addActivity(nodeId, year, content, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.ACTIVITY_RECORDED,
					detail(nodeId, year), null, content.described(), null);
			return id;
		});
	}

	/** Changes what an activity says; its node, year and place stay. */
	public void edit(Viewer viewer, long activityId, ActivityForm form) {
		work.run(() -> {
			Activity activity = activity(activityId);
			Plan plan = editors.require(viewer, activity.nodeId());
			ActivityContent content = checked(form);
			records.updateActivity(activityId, content, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.ACTIVITY_EDITED,
					detail(activity.nodeId(), activity.year()), described(activity), content.described(), null);
			return null;
		});
	}

	public void remove(Viewer viewer, long activityId) {
		work.run(() -> {
			Activity activity = activity(activityId);
			Plan plan = editors.require(viewer, activity.nodeId());
			records.removeActivity(activityId);
			records.orderActivities(
					records.activities(activity.nodeId(), activity.year()).stream().map(Activity::id).toList());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.ACTIVITY_REMOVED,
					detail(activity.nodeId(), activity.year()), described(activity), null, null);
			return null;
		});
	}

	/** Moves an activity one place up ({@code -1}) or down ({@code +1}) in its year. */
	public void move(Viewer viewer, long activityId, int step) {
		work.run(() -> {
			Activity activity = activity(activityId);
			Plan plan = editors.require(viewer, activity.nodeId());
			List<Long> ids = new ArrayList<>(
					records.activities(activity.nodeId(), activity.year()).stream().map(Activity::id).toList());
			int at = ids.indexOf(activityId);
			int to = at + Integer.signum(step);
			if (at < 0 || to < 0 || to >= ids.size()) {
				return null;
			}
			ids.remove(at);
			ids.add(to, activityId);
			records.orderActivities(ids);
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.ACTIVITY_MOVED,
					detail(activity.nodeId(), activity.year()), String.valueOf(at + 1), String.valueOf(to + 1), null);
			return null;
		});
	}

	private Activity activity(long activityId) {
		return records.activity(activityId).orElseThrow(() -> Refused.notFound("activity " + activityId));
	}

	private static ActivityContent checked(ActivityForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		ActivityContent content = form.checked(problems);
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		return content;
	}

	static String detail(long nodeId, FiscalYear year) {
		return year.eraLabel() + " node " + nodeId;
	}

	private static String described(Activity activity) {
		return new ActivityContent(activity.title(), activity.leads(), activity.dates(), activity.place(),
				activity.summary(), activity.participants())
			.described();
	}

}
