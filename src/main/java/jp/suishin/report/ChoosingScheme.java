package jp.suishin.report;

import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.SchemeName;

/** A plan chooses the evaluation scheme its KPI list is graded with. */
public final class ChoosingScheme {

	private final PlanRepository plans;

	public ChoosingScheme(PlanRepository plans) {
		this.plans = plans;
	}

	/**
	 * @return false when the scheme is not a built-in one (nothing changes)
	 */
	public boolean choose(long planId, String scheme, String user) {
		plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		if (SchemeName.of(scheme).accepted().isEmpty()) {
			return false;
		}
		plans.changeScheme(planId, scheme.strip(), user);
		return true;
	}

}
