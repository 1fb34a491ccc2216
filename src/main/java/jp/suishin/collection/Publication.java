package jp.suishin.collection;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

/**
 * Which values a reader sees. Those who take part in an organisation's work see every
 * value; everybody else (the public, other organisations) sees a value of a year under
 * collection only once it is approved. Values of years never collected in the application
 * (the published documents the sample data comes from) are public.
 */
public final class Publication {

	private final CollectionRepository collections;

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final AccessPolicy access;

	public Publication(CollectionRepository collections, PlanRepository plans, KpiRepository kpis,
			AccessPolicy access) {
		this.collections = collections;
		this.plans = plans;
		this.kpis = kpis;
		this.access = access;
	}

	/**
	 * A plan as one viewer reads it.
	 *
	 * @param rights what the viewer may do with the plan's organisation's data
	 * @param visible the values the viewer sees
	 */
	public record Reading(Rights rights, Predicate<YearlyValue> visible) {

		public boolean working() {
			return rights.readWorking();
		}

	}

	public Reading ofPlan(Viewer viewer, long planId) {
		Plan plan = plans.findById(planId).orElse(null);
		if (plan == null) {
			return new Reading(Rights.NONE, value -> true);
		}
		Rights rights = access.on(viewer, plan.ownerId());
		return new Reading(rights, rights.readWorking() ? value -> true : published(planId));
	}

	public Reading ofKpi(Viewer viewer, long kpiId) {
		return ofPlan(viewer, kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId)).planId());
	}

	private Predicate<YearlyValue> published(long planId) {
		Set<String> withheld = new HashSet<>();
		for (Collection collection : collections.ofPlan(planId)) {
			for (CollectionItem item : collections.items(collection.id())) {
				if (item.state() != ItemState.APPROVED) {
					withheld.add(item.kpiId() + "/" + collection.year().value());
				}
			}
		}
		return value -> !withheld.contains(value.kpiId() + "/" + value.year().value());
	}

}
