package jp.suishin.authoring;

import jp.suishin.account.Viewer;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

/**
 * Removes a KPI from its plan. Nothing recorded is ever lost: a KPI with a history — a
 * value, a milestone, a revision of its baseline or target, a collection step, or any
 * audit entry other than those of its creation and listing (an edit counts; the creation
 * entries alone do not) — is archived: it leaves the plan's tree, KPI lists, grading,
 * collection and API lists, its re-listings go, and it is still found by id with its
 * history. A KPI with none is deleted with its listings; the plan's audit trail records
 * the removal (and keeps the creation's entries). Only the planners of the plan's owner
 * may.
 */
public final class RemovingKpi {

	private final KpiRepository kpis;

	private final PlanEditors editors;

	private final InOneTransaction work;

	public RemovingKpi(KpiRepository kpis, PlanRepository plans, PlanPlanners planners, InOneTransaction work) {
		this.kpis = kpis;
		this.editors = new PlanEditors(planners, plans);
		this.work = work;
	}

	/**
	 * @return {@link EditingPlanTree.Removal#ARCHIVED} or
	 * {@link EditingPlanTree.Removal#DELETED}
	 * @throws Refused not found (also for a KPI archived already), forbidden
	 */
	public EditingPlanTree.Removal remove(Viewer viewer, long kpiId) {
		return work.run(() -> {
			Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> Refused.notFound("kpi " + kpiId));
			editors.require(viewer, kpi.planId());
			if (kpis.archivedAt(kpiId).isPresent()) {
				throw Refused.notFound("archived kpi " + kpiId);
			}
			return kpis.remove(kpiId, viewer.actor()) ? EditingPlanTree.Removal.ARCHIVED
					: EditingPlanTree.Removal.DELETED;
		});
	}

}
