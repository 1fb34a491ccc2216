package jp.suishin.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Gives, edits and removes the experts' opinions on a plan's year (委員意見): an expert of
 * the plan's owner in its own name, a planner of the owner for the expert it names. An
 * opinion is about the plan or one of its nodes, programs or KPIs, never another plan's.
 * Once the division has responded to it, what it says stays as it was answered. Every
 * change is a plan audit entry; whatever is refused, nothing is stored.
 */
public final class GivingOpinions {

	private final VerificationRecords records;

	private final PlanVerifiers verifiers;

	private final AuditTrail audit;

	private final InOneTransaction work;

	private final Clock clock;

	public GivingOpinions(VerificationRecords records, PlanRepository plans, KpiRepository kpis, AccessPolicy access,
			AuditTrail audit, InOneTransaction work, Clock clock) {
		this.records = records;
		this.verifiers = new PlanVerifiers(plans, kpis, access);
		this.audit = audit;
		this.work = work;
		this.clock = clock;
	}

	/**
	 * Records an opinion on the plan's year.
	 * @return its id
	 * @throws Refused invalid naming the fields ({@code year}, {@code subject},
	 * {@code expert}, {@code givenOn}, {@code text}); not found for a viewer who may not
	 * read the owner's working data
	 * @throws AccessDenied for one who is neither an expert nor a planner of the owner
	 */
	public long give(Viewer viewer, long planId, FiscalYear year, OpinionForm form) {
		return work.run(() -> {
			Plan plan = verifiers.plan(planId);
			Rights rights = verifiers.requireOpinion(viewer, plan);
			List<FieldProblem> problems = new ArrayList<>();
			if (year == null || !plan.period().contains(year)) {
				problems.add(yearProblem(plan, year));
			}
			OpinionContent content = checked(viewer, rights, plan, form, problems);
			long id = records.addOpinion(planId, year, content, rights.plan() ? null : viewer.accountId(),
					viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(planId), AuditAction.OPINION_GIVEN, detail(year, id), null,
					content.described(), null);
			return id;
		});
	}

	/** Changes what an opinion says, until the division has responded to it. */
	public void edit(Viewer viewer, long opinionId, OpinionForm form) {
		work.run(() -> {
			Opinion opinion = opinion(opinionId);
			Plan plan = verifiers.plan(opinion.planId());
			Rights rights = mayChange(viewer, plan, opinion);
			List<FieldProblem> problems = new ArrayList<>();
			OpinionContent content = checked(viewer, rights, plan, form, problems);
			records.updateOpinion(opinionId, content, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.OPINION_EDITED,
					detail(opinion.year(), opinionId), opinion.described(), content.described(), null);
			return null;
		});
	}

	/** Removes an opinion the division has not responded to yet. */
	public void remove(Viewer viewer, long opinionId) {
		work.run(() -> {
			Opinion opinion = opinion(opinionId);
			Plan plan = verifiers.plan(opinion.planId());
			mayChange(viewer, plan, opinion);
			records.removeOpinion(opinionId);
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.OPINION_REMOVED,
					detail(opinion.year(), opinionId), opinion.described(), null, null);
			return null;
		});
	}

	/**
	 * The planners change any opinion of their plan, an expert only its own; none once it
	 * is responded to.
	 */
	private Rights mayChange(Viewer viewer, Plan plan, Opinion opinion) {
		Rights rights = verifiers.requireOpinion(viewer, plan);
		if (!rights.plan() && !Objects.equals(opinion.expertAccountId(), viewer.accountId())) {
			throw new AccessDenied("opinion " + opinion.id() + " of another expert");
		}
		if (opinion.responded()) {
			throw Refused.conflict("verification.opinion.responded");
		}
		return rights;
	}

	private OpinionContent checked(Viewer viewer, Rights rights, Plan plan, OpinionForm form,
			List<FieldProblem> problems) {
		OpinionSubject subject = form.checkedSubject(problems);
		if (subject != null && !verifiers.subjects(plan).contains(subject)) {
			problems.add(FieldProblem.of("subject", "verification.subject.other-plan"));
			subject = null;
		}
		String ownName = rights.plan() ? null : ownName(viewer);
		OpinionContent content = form.checked(subject, ownName, LocalDate.now(clock), problems);
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		return content;
	}

	private static String ownName(Viewer viewer) {
		return viewer.displayName() == null || viewer.displayName().isBlank() ? viewer.login() : viewer.displayName();
	}

	private Opinion opinion(long opinionId) {
		return records.opinion(opinionId).orElseThrow(() -> Refused.notFound("opinion " + opinionId));
	}

	static FieldProblem yearProblem(Plan plan, FiscalYear year) {
		if (year == null) {
			return FieldProblem.of("year", "verification.year.invalid");
		}
		return FieldProblem.of("year", "verification.year.outside-plan", year.eraLabel(),
				plan.period().from().eraLabel(), plan.period().to().eraLabel());
	}

	static String detail(FiscalYear year, long opinionId) {
		return year.eraLabel() + " opinion " + opinionId;
	}

}
