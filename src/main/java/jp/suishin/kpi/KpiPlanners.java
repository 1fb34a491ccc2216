package jp.suishin.kpi;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;

/**
 * Who may change what a plan says about a KPI (its milestones, baseline, direction and
 * target): the planners of the plan's organisation. The one question every such use case
 * asks, inside the use case, so that no channel can leave it out.
 */
public final class KpiPlanners {

	private final KpiRepository kpis;

	private final PlanOwners owners;

	private final AccessPolicy access;

	public KpiPlanners(KpiRepository kpis, PlanOwners owners, AccessPolicy access) {
		this.kpis = kpis;
		this.owners = owners;
		this.access = access;
	}

	/**
	 * The KPI, when the viewer plans for its plan's organisation.
	 * @throws KpiNotFoundException when there is no such KPI
	 * @throws AccessDenied when the viewer does not plan for it
	 */
	public Kpi require(Viewer viewer, long kpiId) {
		Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
		access.requirePlan(viewer, owners.ownerOf(kpi.planId()));
		return kpi;
	}

	/** The organisation that owns a plan. */
	public interface PlanOwners {

		long ownerOf(long planId);

	}

}
