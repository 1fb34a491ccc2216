package jp.suishin.verification;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * The division's side of an opinion, written by the planners of the plan's owner: the
 * response (対応方針), and a year later the follow-up (対応状況: 対応済 / 対応中 / 未対応, with a note) of
 * what was responded. Every change is a plan audit entry.
 */
public final class RespondingToOpinions {

	private final VerificationRecords records;

	private final PlanVerifiers verifiers;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public RespondingToOpinions(VerificationRecords records, PlanRepository plans, KpiRepository kpis,
			AccessPolicy access, AuditTrail audit, InOneTransaction work) {
		this.records = records;
		this.verifiers = new PlanVerifiers(plans, kpis, access);
		this.audit = audit;
		this.work = work;
	}

	/**
	 * Writes (or rewrites) the division's response.
	 * @throws Refused invalid naming {@code response}; not found
	 * @throws AccessDenied unless the viewer plans for the plan's owner
	 */
	public void respond(Viewer viewer, long opinionId, String response) {
		work.run(() -> {
			Opinion opinion = opinion(opinionId);
			Plan plan = verifiers.plan(opinion.planId());
			verifiers.requirePlanner(viewer, plan);
			List<FieldProblem> problems = new ArrayList<>();
			String text = VerificationText.required("response", response, VerificationText.TEXT_MAX_LENGTH,
					"verification.response.required", problems);
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			records.saveResponse(opinionId, text, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.OPINION_RESPONDED,
					GivingOpinions.detail(opinion.year(), opinionId), opinion.response(), text, null);
			return null;
		});
	}

	/**
	 * Records what became of a responded opinion.
	 * @throws Refused invalid naming {@code followUp} or {@code followUpNote}; conflict
	 * before the opinion has its response
	 */
	public void followUp(Viewer viewer, long opinionId, FollowUpForm form) {
		work.run(() -> {
			Opinion opinion = opinion(opinionId);
			Plan plan = verifiers.plan(opinion.planId());
			verifiers.requirePlanner(viewer, plan);
			List<FieldProblem> problems = new ArrayList<>();
			FollowUpForm.Checked checked = form.checked(problems);
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			if (!opinion.responded()) {
				throw Refused.conflict("verification.follow-up.no-response");
			}
			records.saveFollowUp(opinionId, checked.followUp(), checked.note(), viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.OPINION_FOLLOWED_UP,
					GivingOpinions.detail(opinion.year(), opinionId),
					followUp(opinion.followUp(), opinion.followUpNote()), followUp(checked.followUp(), checked.note()),
					null);
			return null;
		});
	}

	private static String followUp(FollowUp followUp, String note) {
		if (followUp == null) {
			return null;
		}
		return followUp.code() + (note == null ? "" : " " + note);
	}

	private Opinion opinion(long opinionId) {
		return records.opinion(opinionId).orElseThrow(() -> Refused.notFound("opinion " + opinionId));
	}

}
