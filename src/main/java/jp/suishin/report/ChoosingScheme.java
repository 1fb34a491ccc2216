package jp.suishin.report;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.audit.Reason;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.LockedYears;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.SchemeName;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * A plan chooses the evaluation scheme its KPI list is graded with, from a fiscal year on
 * (中間見直し; the plan's first year when none is given), with the reason. Refused while any
 * of those years has fixed figures; the years before keep their scheme. Only the plan's
 * planners may.
 */
public final class ChoosingScheme {

	private final PlanRepository plans;

	private final SchemeRevisions revisions;

	private final AccessPolicy access;

	private final LockedYears locked;

	private final InOneTransaction work;

	public ChoosingScheme(PlanRepository plans, SchemeRevisions revisions, AccessPolicy access, LockedYears locked,
			InOneTransaction work) {
		this.work = work;
		this.plans = plans;
		this.revisions = revisions;
		this.access = access;
		this.locked = locked;
	}

	/**
	 * @param from the first year the scheme applies to; blank for the plan's first year
	 * @return false when the scheme is not a built-in one (nothing changes)
	 * @throws Refused forbidden for anyone but the plan's planners; invalid when the year
	 * or the reason cannot be accepted; conflict when one of the years has fixed figures
	 */
	public boolean choose(Viewer viewer, long planId, String scheme, String from, String reason) {
		// the check of who may, the checks of what, and the write: one transaction
		return work.run(() -> chooseNow(viewer, planId, scheme, from, reason));
	}

	private boolean chooseNow(Viewer viewer, long planId, String scheme, String from, String reason) {
		Plan plan = plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		access.requirePlan(viewer, plan.ownerId());
		java.util.Optional<SchemeName> name = SchemeName.of(scheme).accepted();
		if (name.isEmpty()) {
			return false;
		}
		String chosen = name.get().value();
		List<FieldProblem> problems = new ArrayList<>();
		FiscalYear first = from == null || from.isBlank() ? plan.period().from()
				: plan.period().admit(from).collect("schemeFrom", problems);
		Reason why = Reason.of(reason).collect("schemeReason", problems);
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		return work.run(() -> {
			List<SchemeRevision> before = revisions.ofPlan(planId);
			boolean regrades = plan.period()
				.years()
				.stream()
				.filter(year -> !year.isBefore(first))
				.anyMatch(year -> !chosen.equals(SchemeRevision.inForce(plan.scheme(), before, year)));
			if (regrades) {
				LockedYears.refuseAny(locked.lockedInPlanFrom(planId, first));
			}
			revisions.revise(planId, first, chosen, why.text(), viewer.actor());
			return true;
		});
	}

}
