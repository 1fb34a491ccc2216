package jp.suishin.authoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiListing;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;

/**
 * What a plan's edit page shows: the tree in reading order, each node with its programs
 * and the KPIs listed under it (re-listings marked), and where it could move.
 */
record PlanEditPage(Plan plan, String ownerName, List<NodeRow> nodes, List<Choice> allNodes) {

	/** A node of the tree as a row of the page. */
	record NodeRow(PlanNode node, String levelName, String childLevelName, boolean first, boolean last,
			List<Program> programs, List<KpiRow> kpis, List<Choice> parents) {

		public int indent() {
			return node.depth() - 1;
		}

	}

	/** A KPI as listed under a node. */
	record KpiRow(KpiListing listing, Kpi kpi) {
	}

	/** A node to choose in a form ({@code id} {@code null}: the top of the tree). */
	record Choice(Long id, String label) {
	}

	static PlanEditPage of(PlanTree tree, String ownerName, List<KpiListing> listings, Map<Long, Kpi> kpis) {
		Plan plan = tree.plan();
		Map<Long, List<KpiRow>> byNode = new LinkedHashMap<>();
		for (KpiListing listing : listings) {
			Kpi kpi = kpis.get(listing.kpiId());
			if (kpi != null) {
				byNode.computeIfAbsent(listing.nodeId(), id -> new ArrayList<>()).add(new KpiRow(listing, kpi));
			}
		}
		List<PlanNode> ordered = tree.inReadingOrder();
		List<Choice> all = new ArrayList<>();
		for (PlanNode node : ordered) {
			all.add(new Choice(node.id(), "　".repeat(node.depth() - 1) + node.label()));
		}
		List<NodeRow> rows = new ArrayList<>();
		for (PlanNode node : ordered) {
			List<PlanNode> siblings = node.parentId() == null ? tree.roots() : tree.children(node.parentId());
			int at = siblings.indexOf(node);
			Set<Long> inside = tree.subtreeOf(node.id());
			List<Choice> parents = new ArrayList<>();
			parents.add(new Choice(null, null));
			all.stream().filter(c -> !inside.contains(c.id())).forEach(parents::add);
			rows.add(new NodeRow(node, plan.levelName(node.depth()), plan.levelName(node.depth() + 1), at == 0,
					at == siblings.size() - 1, tree.programs(node.id()), byNode.getOrDefault(node.id(), List.of()),
					parents));
		}
		return new PlanEditPage(plan, ownerName, rows, all);
	}

	/** The top level's name (基本目標 …), for the form that adds one. */
	public String topLevelName() {
		return plan.levelName(1);
	}

}
