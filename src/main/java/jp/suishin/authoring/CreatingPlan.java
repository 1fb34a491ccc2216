package jp.suishin.authoring;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.DonationBudget;
import jp.suishin.plan.NewPlan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.Schemes;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Creates a plan for an organisation the viewer plans for: its name, period and level
 * names, checked by {@link PlanForm}; recorded in the audit trail.
 */
public final class CreatingPlan {

	private final PlanRepository plans;

	private final OrganisationRepository organisations;

	private final PlanPlanners planners;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public CreatingPlan(PlanRepository plans, OrganisationRepository organisations, PlanPlanners planners,
			AuditTrail audit, InOneTransaction work) {
		this.plans = plans;
		this.organisations = organisations;
		this.planners = planners;
		this.audit = audit;
		this.work = work;
	}

	/**
	 * What a plan written in a file or a sample may say beyond the form: its key, its
	 * evaluation scheme, which baseline it evaluates with, a donation budget.
	 * {@link #DEFAULT} for a plan a planner creates.
	 */
	public record PlanSettings(String key, String scheme, BaselinePolicy baselinePolicy,
			DonationBudget donationBudget) {

		public static final PlanSettings DEFAULT = new PlanSettings(null, Schemes.DEFAULT, BaselinePolicy.REVISED,
				null);

	}

	/**
	 * @return the new plan's id
	 * @throws Refused invalid with the form's problems, each naming its field
	 * @throws AccessDenied when the viewer does not plan for the owner
	 */
	public long create(Viewer viewer, PlanForm form) {
		return create(viewer, form, PlanSettings.DEFAULT);
	}

	public long create(Viewer viewer, PlanForm form, PlanSettings settings) {
		return work.run(() -> createNow(viewer, form, settings));
	}

	private long createNow(Viewer viewer, PlanForm form, PlanSettings settings) {
		List<FieldProblem> problems = new ArrayList<>();
		if (form.ownerId() == null || organisations.findById(form.ownerId()).isEmpty()) {
			problems.add(FieldProblem.of("owner", "authoring.plan.owner-required"));
		}
		else {
			planners.requireOwner(viewer, form.ownerId());
		}
		String name = form.checkedName(problems);
		FiscalPeriod period = form.checkedPeriod(problems);
		List<String> levels = form.checkedLevels(problems);
		String summary = form.checkedSummary(problems);
		String source = AuthoringText.optional("planSource", form.source(), 500, problems);
		String scheme = settings.scheme() == null ? Schemes.DEFAULT : settings.scheme();
		if (!Schemes.BUILT_IN.contains(scheme)) {
			problems.add(FieldProblem.of("scheme", "scheme.unknown", scheme, String.join(", ", Schemes.BUILT_IN)));
		}
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		String key = settings.key() == null ? Keys.next("plan") : settings.key();
		long planId = plans
			.add(new NewPlan(key, name, form.ownerId(), period, levels, source, summary, settings.donationBudget(),
					scheme, settings.baselinePolicy() == null ? BaselinePolicy.REVISED : settings.baselinePolicy()));
		audit.record(viewer.actor(), AuditSubject.plan(planId), AuditAction.PLAN_CREATED, null, null, name, null);
		return planId;
	}

}
