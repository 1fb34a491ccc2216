package jp.suishin.report.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganisationTree;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page: every plan, grouped by the organisation that owns it, with links to its
 * tree and KPI list. An installation with many plans (a prefecture, the country) first
 * lists its top-level organisations (the prefectures, the collaborations) with their
 * number of plans; each opens the plans of everything below it, so that a planner finds
 * theirs in two clicks.
 */
@Controller
class HomeController {

	private final PlanRepository plans;

	private final OrganisationRepository organisations;

	private final int groupedAbove;

	HomeController(PlanRepository plans, OrganisationRepository organisations,
			@Value("${suishin.plan-list.grouped-above:100}") int groupedAbove) {
		this.plans = plans;
		this.organisations = organisations;
		this.groupedAbove = groupedAbove;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) Long group, Model model) {
		OrganisationTree tree = organisations.tree();
		if (group != null) {
			Organization top = tree.find(group)
				.filter(o -> o.parentId() == null)
				.orElseThrow(() -> Refused.notFound("organisation " + group));
			Set<Long> below = new HashSet<>(tree.descendantsOf(top.id()));
			below.add(top.id());
			model.addAttribute("group", top);
			model.addAttribute("plansByOwner", byOwner(tree, plans.ofOwners(below)));
			return "report/home";
		}
		Map<Long, Integer> counts = plans.countByOwner();
		if (counts.values().stream().mapToInt(Integer::intValue).sum() <= groupedAbove) {
			model.addAttribute("plansByOwner", byOwner(tree, plans.findAll()));
			return "report/home";
		}
		Map<Long, Integer> byTop = new TreeMap<>();
		counts.forEach((owner, count) -> byTop.merge(topOf(tree, owner), count, Integer::sum));
		model.addAttribute("groups",
				byTop.entrySet()
					.stream()
					.filter(e -> tree.find(e.getKey()).isPresent())
					.map(e -> new TopGroup(tree.find(e.getKey()).orElseThrow(), e.getValue()))
					.toList());
		return "report/home";
	}

	/** The plans by owner, owners in the order they were added. */
	private static List<OwnerPlans> byOwner(OrganisationTree tree, List<Plan> plans) {
		Map<Long, List<Plan>> byOwner = new LinkedHashMap<>();
		tree.byId().keySet().stream().sorted().forEach(id -> byOwner.put(id, new ArrayList<>()));
		plans.forEach(plan -> byOwner.computeIfAbsent(plan.ownerId(), id -> new ArrayList<>()).add(plan));
		return byOwner.entrySet()
			.stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(e -> new OwnerPlans(tree.find(e.getKey()).orElseThrow(), List.copyOf(e.getValue())))
			.toList();
	}

	/** The organisation at the top of the owner's hierarchy (itself when it has none). */
	private static long topOf(OrganisationTree tree, long organisationId) {
		long top = organisationId;
		int steps = 0;
		for (Long parent = tree.find(top).map(Organization::parentId).orElse(null); parent != null
				&& steps++ < 100; parent = tree.find(top).map(Organization::parentId).orElse(null)) {
			top = parent;
		}
		return top;
	}

	record OwnerPlans(Organization owner, List<Plan> plans) {
	}

	/** A top-level organisation and the number of plans at it and below it. */
	record TopGroup(Organization top, int plans) {
	}

}
