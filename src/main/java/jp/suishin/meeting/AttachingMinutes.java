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
 * Attaches the PDF of a meeting's minutes (replacing an earlier one) or removes it:
 * checked by {@link PdfCheck} before anything is stored; the planners of the plan's owner
 * only, audited on the plan.
 */
public final class AttachingMinutes {

	private final MeetingRecords records;

	private final MeetingEditors editors;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public AttachingMinutes(MeetingRecords records, PlanRepository plans, PlanPlanners planners,
			OrganisationRepository organisations, AuditTrail audit, InOneTransaction work) {
		this.records = records;
		this.editors = new MeetingEditors(planners, plans, organisations);
		this.audit = audit;
		this.work = work;
	}

	/**
	 * @param declaredType the content type the upload declares
	 * @throws Refused invalid naming {@code pdf}; not found; forbidden
	 */
	public void attach(Viewer viewer, long meetingId, byte[] uploaded, String declaredType, String fileName) {
		Meeting meeting = HoldingMeetings.meeting(records, meetingId);
		editors.require(viewer, meeting.planId());
		List<FieldProblem> problems = new ArrayList<>();
		PdfCheck.CheckedPdf pdf = PdfCheck.check(uploaded, declaredType, fileName).collect("pdf", problems);
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		work.run(() -> {
			Plan plan = editors.require(viewer, meeting.planId());
			records.attach(meetingId, pdf, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.MEETING_MINUTES_ATTACHED,
					HoldingMeetings.detail(meetingId),
					meeting.attachment().map(Meeting.Attachment::fileName).orElse(null),
					pdf.fileName() + " " + pdf.bytes().length + " bytes", null);
			return null;
		});
	}

	/** Removes the meeting's PDF; a meeting without one is left as it is. */
	public void detach(Viewer viewer, long meetingId) {
		work.run(() -> {
			Meeting meeting = HoldingMeetings.meeting(records, meetingId);
			Plan plan = editors.require(viewer, meeting.planId());
			if (meeting.attachment().isEmpty()) {
				return null;
			}
			records.detach(meetingId);
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.MEETING_MINUTES_DETACHED,
					HoldingMeetings.detail(meetingId), meeting.attachment().get().fileName(), null, null);
			return null;
		});
	}

}
