package jp.suishin.report.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: every plan, grouped by the organisation that owns it, with links to its
 * tree and KPI list.
 */
@Controller
class HomeController {

	private final PlanRepository plans;

	private final OrganisationRepository organisations;

	HomeController(PlanRepository plans, OrganisationRepository organisations) {
		this.plans = plans;
		this.organisations = organisations;
	}

	@GetMapping("/")
	String home(Model model) {
		Map<Long, Organization> owners = new LinkedHashMap<>();
		organisations.findAll().forEach(o -> owners.put(o.id(), o));
		Map<Long, List<Plan>> byOwner = new LinkedHashMap<>();
		owners.keySet().forEach(id -> byOwner.put(id, new ArrayList<>()));
		plans.findAll().forEach(plan -> byOwner.get(plan.ownerId()).add(plan));
		List<OwnerPlans> groups = byOwner.entrySet()
			.stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(e -> new OwnerPlans(owners.get(e.getKey()), List.copyOf(e.getValue())))
			.toList();
		model.addAttribute("plansByOwner", groups);
		return "report/home";
	}

	record OwnerPlans(Organization owner, List<Plan> plans) {
	}

}
