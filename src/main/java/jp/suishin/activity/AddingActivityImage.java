package jp.suishin.activity;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Adds an image to an activity, after its others: checked and re-encoded by
 * {@link ImageCheck}, with the text that stands for it; the planners of the plan's owner
 * only, audited on the plan. An image is never changed once stored.
 */
public final class AddingActivityImage {

	public static final int ALT_MAX_LENGTH = 500;

	private final ActivityRecords records;

	private final NodeEditors editors;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public AddingActivityImage(ActivityRecords records, PlanRepository plans, PlanPlanners planners, AuditTrail audit,
			InOneTransaction work) {
		this.records = records;
		this.editors = new NodeEditors(planners, plans);
		this.audit = audit;
		this.work = work;
	}

	/**
	 * @return the image's id
	 * @throws Refused invalid naming {@code image} or {@code alt}; not found; forbidden
	 */
	public long add(Viewer viewer, long activityId, byte[] uploaded, String alt) {
		Activity activity = records.activity(activityId).orElseThrow(() -> Refused.notFound("activity " + activityId));
		editors.require(viewer, activity.nodeId());
		List<FieldProblem> problems = new ArrayList<>();
		String checkedAlt = ActivityText.required("alt", alt, ALT_MAX_LENGTH, "activity.image.alt-required", problems);
		ImageCheck.CheckedImage image = ImageCheck.check(uploaded).collect("image", problems);
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		return work.run(() -> {
			Plan plan = editors.require(viewer, activity.nodeId());
			long id = records.addImage(activityId, image, checkedAlt, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.ACTIVITY_IMAGE_ADDED,
					RecordingActivities.detail(activity.nodeId(), activity.year()), null, activity.title() + " "
							+ image.contentType() + " " + image.width() + "×" + image.height() + " " + checkedAlt,
					null);
			return id;
		});
	}

}
