package jp.suishin.meeting;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Records, edits and removes a plan's meetings, for the pages, the API and the sample
 * data alike. Only the planners of the plan's owner may; every change is a plan audit
 * entry (which also moves the stamps of the plan's public pages). Whatever the form
 * refuses, nothing is stored.
 */
public final class HoldingMeetings {

	private final MeetingRecords records;

	private final MeetingEditors editors;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public HoldingMeetings(MeetingRecords records, PlanRepository plans, PlanPlanners planners,
			OrganisationRepository organisations, AuditTrail audit, InOneTransaction work) {
		this.records = records;
		this.editors = new MeetingEditors(planners, plans, organisations);
		this.audit = audit;
		this.work = work;
	}

	/**
	 * Records a meeting of the plan.
	 * @return its id
	 * @throws Refused invalid naming the fields ({@code kind}, {@code node},
	 * {@code title}, {@code year}, {@code firstDay}, {@code secondDay}, {@code timing},
	 * {@code method}, {@code agenda}, {@code attendees}, {@code otherAttendees},
	 * {@code minutes}); not found; conflict for an archived plan; forbidden unless the
	 * viewer plans for the plan's owner
	 */
	public long record(Viewer viewer, long planId, MeetingForm form) {
		return work.run(() -> {
			Plan plan = editors.require(viewer, planId);
			MeetingContent content = checked(plan, form);
			long id = records.add(plan.id(), content, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.MEETING_RECORDED, detail(id), null,
					content.described(), null);
			return id;
		});
	}

	/** Changes what a meeting says; its plan and its PDF stay. */
	public void edit(Viewer viewer, long meetingId, MeetingForm form) {
		work.run(() -> {
			Meeting meeting = meeting(records, meetingId);
			Plan plan = editors.require(viewer, meeting.planId());
			MeetingContent content = checked(plan, form);
			records.update(meetingId, content, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.MEETING_EDITED, detail(meetingId),
					meeting.content().described(), content.described(), null);
			return null;
		});
	}

	/** Removes a meeting with its PDF. */
	public void remove(Viewer viewer, long meetingId) {
		work.run(() -> {
			Meeting meeting = meeting(records, meetingId);
			Plan plan = editors.require(viewer, meeting.planId());
			records.remove(meetingId);
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.MEETING_REMOVED, detail(meetingId),
					meeting.content().described(), null, null);
			return null;
		});
	}

	private MeetingContent checked(Plan plan, MeetingForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		MeetingContent content = form.checked(problems);
		if (content != null) {
			editors.checkReferences(plan, content, problems);
		}
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		return content;
	}

	static Meeting meeting(MeetingRecords records, long meetingId) {
		return records.meeting(meetingId).orElseThrow(() -> Refused.notFound("meeting " + meetingId));
	}

	static String detail(long meetingId) {
		return "meeting " + meetingId;
	}

}
