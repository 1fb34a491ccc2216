package jp.suishin.planimport.persistence;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.authoring.AddingKpi;
import jp.suishin.authoring.AddingNode;
import jp.suishin.authoring.CreatingPlan;
import jp.suishin.authoring.KpiForm;
import jp.suishin.authoring.NodeForm;
import jp.suishin.authoring.PlanForm;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.planimport.PlanAuthoring;
import jp.suishin.refusal.FieldProblem;

/**
 * The import's plan authoring through the authoring use cases: the plan, its nodes and
 * KPIs are created, checked, authorised and audited exactly as in the browser.
 */
final class AuthoringPlanAuthoring implements PlanAuthoring {

	private final CreatingPlan creatingPlan;

	private final AddingNode addingNode;

	private final AddingKpi addingKpi;

	AuthoringPlanAuthoring(CreatingPlan creatingPlan, AddingNode addingNode, AddingKpi addingKpi) {
		this.creatingPlan = creatingPlan;
		this.addingNode = addingNode;
		this.addingKpi = addingKpi;
	}

	@Override
	public long createPlan(Viewer viewer, long ownerId, String name, FiscalPeriod period, List<String> levelNames,
			String source) {
		return creatingPlan.create(viewer, new PlanForm(ownerId, name, String.valueOf(period.from().value()),
				String.valueOf(period.to().value()), levelNames, null, source));
	}

	@Override
	public Nodes nodes(Viewer viewer, long planId) {
		AddingNode.Branches branches = addingNode.into(viewer, planId);
		return (parentId, title) -> branches.add(parentId, NodeForm.titled(title));
	}

	@Override
	public List<Long> addKpis(Viewer viewer, long planId, List<Placed> kpis) {
		List<AddingKpi.Placed> placed = new ArrayList<>(kpis.size());
		for (Placed kpi : kpis) {
			placed.add(new AddingKpi.Placed(kpi.nodeId(), kpi.kpi()));
		}
		return addingKpi.addAllInCurrentTransaction(viewer, planId, placed);
	}

	@Override
	public void relist(Viewer viewer, long nodeId, long kpiId) {
		addingKpi.relist(viewer, nodeId, kpiId);
	}

	@Override
	public List<FieldProblem> check(KpiForm kpi, FiscalPeriod period) {
		List<FieldProblem> problems = new ArrayList<>();
		kpi.draft(0L, "import-check", "", problems);
		return problems;
	}

}
