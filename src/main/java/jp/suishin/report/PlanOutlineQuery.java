package jp.suishin.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;

/** Builds a plan's outline: its tree with KPIs under their nodes. */
public final class PlanOutlineQuery {

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final OrganisationRepository organisations;

	public PlanOutlineQuery(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations) {
		this.plans = plans;
		this.kpis = kpis;
		this.organisations = organisations;
	}

	public PlanOutline outline(long planId) {
		PlanTree tree = plans.tree(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		Map<Long, Kpi> byId = kpis.findByPlan(planId).stream().collect(Collectors.toMap(Kpi::id, Function.identity()));
		Map<Long, List<PlanOutline.ListedKpi>> byNode = new HashMap<>();
		for (KpiListing listing : kpis.listingsOfPlan(planId)) {
			byNode.computeIfAbsent(listing.nodeId(), id -> new ArrayList<>())
				.add(new PlanOutline.ListedKpi(byId.get(listing.kpiId()), listing.relisted()));
		}
		byNode.replaceAll((id, list) -> List.copyOf(list));
		return new PlanOutline(tree, organisations.findById(tree.plan().ownerId()).orElseThrow(), byNode);
	}

}
