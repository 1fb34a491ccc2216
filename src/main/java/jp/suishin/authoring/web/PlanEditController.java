package jp.suishin.authoring.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.authoring.AddingKpi;
import jp.suishin.authoring.AddingNode;
import jp.suishin.authoring.AddingProgram;
import jp.suishin.authoring.CreatingPlan;
import jp.suishin.authoring.EditingKpi;
import jp.suishin.authoring.EditingPlan;
import jp.suishin.authoring.EditingPlanTree;
import jp.suishin.authoring.KpiForm;
import jp.suishin.authoring.NodeForm;
import jp.suishin.authoring.PlanForm;
import jp.suishin.authoring.ProgramForm;
import jp.suishin.authoring.RemovingKpi;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiDefinition;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.FormAttempts;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's edit page (計画の編集) and its forms: the plan's own row, its tree (nodes and
 * programs: edit, reorder, move, remove), the KPIs under each node (edit, re-list,
 * unlist, remove), archiving the plan. Every form posts, is carried out by a use case,
 * and redirects back; what a use case refuses comes back next to its fields, with what
 * was typed.
 */
@Controller
class PlanEditController {

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final OrganisationRepository organisations;

	private final AccessPolicy access;

	private final EditingPlan editingPlan;

	private final EditingPlanTree editingTree;

	private final EditingKpi editingKpi;

	private final RemovingKpi removingKpi;

	private final ProblemMessages messages;

	private final FormAttempts forms;

	private final CreatingPlan creating;

	private final AddingNode addingNode;

	private final AddingProgram addingProgram;

	private final AddingKpi addingKpi;

	private final PlanAuthoringLinks links;

	PlanEditController(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations,
			AccessPolicy access, EditingPlan editingPlan, EditingPlanTree editingTree, EditingKpi editingKpi,
			RemovingKpi removingKpi, ProblemMessages messages, CreatingPlan creating, AddingNode addingNode,
			AddingProgram addingProgram, AddingKpi addingKpi, PlanAuthoringLinks links) {
		this.creating = creating;
		this.addingNode = addingNode;
		this.addingProgram = addingProgram;
		this.addingKpi = addingKpi;
		this.links = links;
		this.plans = plans;
		this.kpis = kpis;
		this.organisations = organisations;
		this.access = access;
		this.editingPlan = editingPlan;
		this.editingTree = editingTree;
		this.editingKpi = editingKpi;
		this.removingKpi = removingKpi;
		this.messages = messages;
		this.forms = new FormAttempts(messages, "authoring.label.");
	}

	@org.springframework.web.bind.annotation.ModelAttribute("directions")
	jp.suishin.kpi.Direction[] directions() {
		return jp.suishin.kpi.Direction.values();
	}

	@org.springframework.web.bind.annotation.ModelAttribute("aggregations")
	jp.suishin.kpi.Aggregation[] aggregations() {
		return jp.suishin.kpi.Aggregation.values();
	}

	@GetMapping("/plans/new")
	String newPlan(Viewer viewer, Model model) {
		List<Organization> owners = links.ownersFor(viewer);
		if (owners.isEmpty()) {
			throw new jp.suishin.access.AccessDenied("plan for any organisation");
		}
		model.addAttribute("owners", owners);
		return "authoring/plan-new";
	}

	@PostMapping("/plans/new")
	String createPlan(@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		String owner = form.getFirst("owner");
		Long ownerId = owner == null || !owner.matches("\\d{1,18}") ? null : Long.valueOf(owner);
		PlanForm plan = new PlanForm(ownerId, form.getFirst("planName"), form.getFirst("periodFrom"),
				form.getFirst("periodTo"), levels(form.getFirst("levelNames")), form.getFirst("planSummary"), null);
		long[] created = { 0 };
		String back = forms.attempt(redirect, locale, "plan", form, "authoring.plan.created", "redirect:/plans/new",
				() -> created[0] = creating.create(viewer, plan));
		return created[0] == 0 ? back : planPage(created[0]);
	}

	@GetMapping("/plans/{id}/edit")
	String edit(@PathVariable long id, Viewer viewer, Model model) {
		Plan plan = editable(viewer, id);
		PlanTree tree = plans.tree(id).orElseThrow(() -> Refused.notFound("plan " + id));
		Map<Long, Kpi> byId = kpis.findByPlan(id).stream().collect(Collectors.toMap(Kpi::id, Function.identity()));
		String owner = organisations.findById(plan.ownerId()).map(Organization::name).orElse("");
		model.addAttribute("page", PlanEditPage.of(tree, owner, kpis.listingsOfPlan(id), byId));
		model.addAttribute("plan", plan);
		return "authoring/plan-edit";
	}

	@GetMapping("/plans/{id}/edit/kpis/{kpiId}")
	String editKpi(@PathVariable long id, @PathVariable long kpiId, Viewer viewer, Model model) {
		Plan plan = editable(viewer, id);
		Kpi kpi = currentKpiOf(plan, kpiId);
		PlanTree tree = plans.tree(id).orElseThrow();
		List<KpiListing> listings = kpis.listingsOf(kpiId)
			.stream()
			.filter(l -> tree.node(l.nodeId()).isPresent())
			.toList();
		model.addAttribute("plan", plan);
		model.addAttribute("kpi", kpi);
		model.addAttribute("definition", KpiDefinition.of(kpi));
		model.addAttribute("baselineValue",
				kpi.baseline() == null ? "" : QuantityFormat.number(kpi.baseline().value()));
		model.addAttribute("baselineYear",
				kpi.baseline() == null || kpi.baseline().year() == null ? "" : kpi.baseline().year().eraLabel());
		Map<String, String> milestones = new LinkedHashMap<>();
		kpis.milestones(kpiId)
			.forEach((year, value) -> milestones.put(year.eraLabel(), QuantityFormat.format(value, kpi.unit())));
		model.addAttribute("milestones", milestones);
		model.addAttribute("listings", listings);
		model.addAttribute("nodeLabels",
				tree.inReadingOrder()
					.stream()
					.collect(Collectors.toMap(n -> n.id(), n -> n.label(), (a, b) -> a, LinkedHashMap::new)));
		model.addAttribute("relistTo",
				PlanEditPage.of(tree, "", List.of(), Map.of())
					.allNodes()
					.stream()
					.filter(c -> listings.stream().noneMatch(l -> l.nodeId() == c.id()))
					.toList());
		return "authoring/kpi-edit";
	}

	@PostMapping("/plans/{id}/edit")
	String editPlan(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		PlanForm change = new PlanForm(null, form.getFirst("planName"), form.getFirst("periodFrom"),
				form.getFirst("periodTo"), levels(form.getFirst("levelNames")), form.getFirst("planSummary"), null);
		return forms.attempt(redirect, locale, "plan", form, "authoring.plan.saved", planPage(id),
				() -> editingPlan.edit(viewer, id, change));
	}

	@PostMapping("/plans/{id}/edit/nodes")
	String addNode(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		editable(viewer, id);
		String parent = form.getFirst("parentId");
		if (parent != null && !parent.isBlank() && !parent.matches("\\d{1,18}")) {
			throw Refused.invalid("parentId", "authoring.node.parent-unknown");
		}
		Long parentId = parent == null || parent.isBlank() ? null : Long.valueOf(parent);
		if (parentId != null) {
			inPlan(id, parentId);
		}
		long[] added = { 0 };
		String back = forms.attempt(redirect, locale, "add-" + (parentId == null ? "top" : parentId), form,
				"authoring.node.added", parentId == null ? planPage(id) + "#tree" : nodeAnchor(id, parentId),
				() -> added[0] = addingNode.add(viewer, id, parentId, nodeForm(form)));
		return added[0] == 0 ? back : nodeAnchor(id, added[0]);
	}

	@PostMapping("/plans/{id}/edit/nodes/{nodeId}/programs")
	String addProgram(@PathVariable long id, @PathVariable long nodeId,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		editable(viewer, id);
		inPlan(id, nodeId);
		return forms.attempt(redirect, locale, "add-program-" + nodeId, form, "authoring.program.added",
				nodeAnchor(id, nodeId), () -> addingProgram.add(viewer, nodeId, programForm(form)));
	}

	@PostMapping("/plans/{id}/edit/nodes/{nodeId}/kpis")
	String addKpi(@PathVariable long id, @PathVariable long nodeId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		editable(viewer, id);
		inPlan(id, nodeId);
		KpiForm kpi = new KpiForm(form.getFirst("kpiName"), form.getFirst("kpiUnit"), form.getFirst("kpiDirection"),
				form.getFirst("kpiAggregation"), form.getFirst("baselineValue"), form.getFirst("baselineYear"),
				form.getFirst("targetValue"), form.getFirst("targetYear"), form.getFirst("kpiDefinition"),
				form.getFirst("kpiDepartment"));
		return forms.attempt(redirect, locale, "add-kpi-" + nodeId, form, "authoring.kpi.added", nodeAnchor(id, nodeId),
				() -> addingKpi.add(viewer, nodeId, kpi));
	}

	@PostMapping("/plans/{id}/edit/kpis/{kpiId}/relist")
	String relist(@PathVariable long id, @PathVariable long kpiId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		Plan plan = editable(viewer, id);
		currentKpiOf(plan, kpiId);
		String node = form.getFirst("relistNode");
		if (node == null || !node.matches("\\d{1,18}")) {
			return forms.attempt(redirect, locale, "relist", form, "authoring.kpi.relisted", kpiPage(id, kpiId), () -> {
				throw Refused.invalid("relistNode", "authoring.kpi.relist-node-required");
			});
		}
		long nodeId = Long.parseLong(node);
		inPlan(id, nodeId);
		return forms.attempt(redirect, locale, "relist", form, "authoring.kpi.relisted", kpiPage(id, kpiId),
				() -> addingKpi.relist(viewer, nodeId, kpiId));
	}

	@PostMapping("/plans/{id}/edit/archive")
	String archive(@PathVariable long id, Viewer viewer, RedirectAttributes redirect, Locale locale) {
		editingPlan.archive(viewer, id);
		redirect.addFlashAttribute("saved", messages.text("authoring.plan.archived.done", locale));
		return "redirect:/plans/" + id;
	}

	@PostMapping("/plans/{id}/edit/nodes/{nodeId}")
	String editNode(@PathVariable long id, @PathVariable long nodeId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		inPlan(id, nodeId);
		NodeForm change = nodeForm(form);
		return forms.attempt(redirect, locale, "node-" + nodeId, form, "authoring.node.saved", nodeAnchor(id, nodeId),
				() -> editingTree.editNode(viewer, nodeId, change));
	}

	@PostMapping("/plans/{id}/edit/nodes/{nodeId}/up")
	String nodeUp(@PathVariable long id, @PathVariable long nodeId, Viewer viewer) {
		inPlan(id, nodeId);
		editingTree.reorderNode(viewer, nodeId, -1);
		return nodeAnchor(id, nodeId);
	}

	@PostMapping("/plans/{id}/edit/nodes/{nodeId}/down")
	String nodeDown(@PathVariable long id, @PathVariable long nodeId, Viewer viewer) {
		inPlan(id, nodeId);
		editingTree.reorderNode(viewer, nodeId, 1);
		return nodeAnchor(id, nodeId);
	}

	@PostMapping("/plans/{id}/edit/nodes/{nodeId}/move")
	String moveNode(@PathVariable long id, @PathVariable long nodeId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		inPlan(id, nodeId);
		String parent = form.getFirst("parentId");
		if (parent != null && !parent.isBlank() && !parent.matches("\\d{1,18}")) {
			throw Refused.invalid("parentId", "authoring.node.parent-unknown");
		}
		Long parentId = parent == null || parent.isBlank() ? null : Long.valueOf(parent);
		return forms.attempt(redirect, locale, "node-" + nodeId, form, "authoring.node.moved", nodeAnchor(id, nodeId),
				() -> editingTree.moveNode(viewer, nodeId, parentId, Integer.MAX_VALUE));
	}

	@PostMapping("/plans/{id}/edit/nodes/{nodeId}/remove")
	String removeNode(@PathVariable long id, @PathVariable long nodeId, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		inPlan(id, nodeId);
		EditingPlanTree.Removal removal = editingTree.removeNode(viewer, nodeId);
		redirect.addFlashAttribute("saved", messages.text("authoring.node.removed." + removal.name(), locale));
		return planPage(id);
	}

	@PostMapping("/plans/{id}/edit/programs/{programId}")
	String editProgram(@PathVariable long id, @PathVariable long programId,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		long nodeId = programInPlan(id, programId);
		ProgramForm change = programForm(form);
		return forms.attempt(redirect, locale, "program-" + programId, form, "authoring.program.saved",
				nodeAnchor(id, nodeId), () -> editingTree.editProgram(viewer, programId, change));
	}

	@PostMapping("/plans/{id}/edit/programs/{programId}/up")
	String programUp(@PathVariable long id, @PathVariable long programId, Viewer viewer) {
		long nodeId = programInPlan(id, programId);
		editingTree.reorderProgram(viewer, programId, -1);
		return nodeAnchor(id, nodeId);
	}

	@PostMapping("/plans/{id}/edit/programs/{programId}/down")
	String programDown(@PathVariable long id, @PathVariable long programId, Viewer viewer) {
		long nodeId = programInPlan(id, programId);
		editingTree.reorderProgram(viewer, programId, 1);
		return nodeAnchor(id, nodeId);
	}

	@PostMapping("/plans/{id}/edit/programs/{programId}/remove")
	String removeProgram(@PathVariable long id, @PathVariable long programId, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		long nodeId = programInPlan(id, programId);
		EditingPlanTree.Removal removal = editingTree.removeProgram(viewer, programId);
		redirect.addFlashAttribute("saved", messages.text("authoring.program.removed." + removal.name(), locale));
		return nodeAnchor(id, nodeId);
	}

	@PostMapping("/plans/{id}/edit/kpis/{kpiId}")
	String editKpiPost(@PathVariable long id, @PathVariable long kpiId,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		kpiOf(plans.findById(id).orElseThrow(() -> Refused.notFound("plan " + id)), kpiId);
		EditingKpi.KpiChange change = new EditingKpi.KpiChange(form.getFirst("kpiName"), form.getFirst("kpiUnit"),
				form.getFirst("kpiDirection"), form.getFirst("kpiAggregation"), form.getFirst("baselineValue"),
				form.getFirst("baselineYear"), form.getFirst("targetValue"), form.getFirst("targetYear"),
				form.getFirst("kpiDefinition"), form.getFirst("kpiDepartment"), form.getFirst("definitionReason"));
		return forms.attempt(redirect, locale, "kpi", form, "authoring.kpi.saved", kpiPage(id, kpiId),
				() -> editingKpi.edit(viewer, kpiId, change));
	}

	@PostMapping("/plans/{id}/edit/kpis/{kpiId}/milestones")
	String milestone(@PathVariable long id, @PathVariable long kpiId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		kpiOf(plans.findById(id).orElseThrow(() -> Refused.notFound("plan " + id)), kpiId);
		return forms.attempt(redirect, locale, "milestone", form, "authoring.kpi.milestone.saved", kpiPage(id, kpiId),
				() -> editingKpi.setMilestone(viewer, kpiId, form.getFirst("milestoneYear"),
						form.getFirst("milestoneValue")));
	}

	@PostMapping("/plans/{id}/edit/kpis/{kpiId}/listings/{listingId}/remove")
	String unlist(@PathVariable long id, @PathVariable long kpiId, @PathVariable long listingId, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		kpiOf(plans.findById(id).orElseThrow(() -> Refused.notFound("plan " + id)), kpiId);
		return forms.attempt(redirect, locale, "listing", new org.springframework.util.LinkedMultiValueMap<>(),
				"authoring.kpi.unlisted", kpiPage(id, kpiId), () -> editingKpi.unlist(viewer, kpiId, listingId));
	}

	@PostMapping("/plans/{id}/edit/kpis/{kpiId}/remove")
	String removeKpi(@PathVariable long id, @PathVariable long kpiId, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		kpiOf(plans.findById(id).orElseThrow(() -> Refused.notFound("plan " + id)), kpiId);
		EditingPlanTree.Removal removal = removingKpi.remove(viewer, kpiId);
		redirect.addFlashAttribute("saved", messages.text("authoring.kpi.removed." + removal.name(), locale));
		return planPage(id);
	}

	/**
	 * The plan, for a viewer who may edit it (the use cases ask again when they write).
	 */
	private Plan editable(Viewer viewer, long id) {
		Plan plan = plans.findById(id).orElseThrow(() -> Refused.notFound("plan " + id));
		access.requirePlan(viewer, plan.ownerId());
		if (plans.archivedAt(id).isPresent()) {
			throw Refused.notFound("archived plan " + id);
		}
		return plan;
	}

	private Kpi kpiOf(Plan plan, long kpiId) {
		Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> Refused.notFound("kpi " + kpiId));
		if (kpi.planId() != plan.id()) {
			throw Refused.notFound("kpi " + kpiId + " of plan " + plan.id());
		}
		return kpi;
	}

	private void inPlan(long planId, long nodeId) {
		if (plans.planOfNode(nodeId).filter(p -> p == planId).isEmpty()) {
			throw Refused.notFound("node " + nodeId + " of plan " + planId);
		}
	}

	private long programInPlan(long planId, long programId) {
		long nodeId = plans.findProgram(programId).orElseThrow(() -> Refused.notFound("program " + programId)).nodeId();
		inPlan(planId, nodeId);
		return nodeId;
	}

	private static NodeForm nodeForm(MultiValueMap<String, String> form) {
		return new NodeForm(form.getFirst("nodeTitle"), form.getFirst("nodeCode"), form.getFirst("nodeSummary"),
				form.getFirst("nodeArea"), form.getFirst("nodeLead"), marks(form.getFirst("nodeMarks")));
	}

	private static ProgramForm programForm(MultiValueMap<String, String> form) {
		return new ProgramForm(form.getFirst("programName"), form.getFirst("programLead"),
				form.getFirst("programSummary"), form.getFirst("programYear"));
	}

	/** A current KPI of the plan (an archived one is edited no more). */
	private Kpi currentKpiOf(Plan plan, long kpiId) {
		Kpi kpi = kpiOf(plan, kpiId);
		if (kpis.archivedAt(kpiId).isPresent()) {
			throw Refused.notFound("archived kpi " + kpiId);
		}
		return kpi;
	}

	/** Level names as typed in one field: 基本目標 → 施策 → 事業 (or by commas, slashes). */
	static List<String> levels(String written) {
		if (written == null) {
			return List.of();
		}
		return Arrays.stream(written.split("→|>|＞|,|、|，|/|／|\\n"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	/** Marks as typed in one field: 加速化、重点 (by commas or spaces). */
	static List<String> marks(String written) {
		if (written == null) {
			return List.of();
		}
		return Arrays.stream(written.split(",|、|，|\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String planPage(long id) {
		return "redirect:/plans/" + id + "/edit";
	}

	private static String nodeAnchor(long id, long nodeId) {
		return "redirect:/plans/" + id + "/edit#node-" + nodeId;
	}

	private static String kpiPage(long id, long kpiId) {
		return "redirect:/plans/" + id + "/edit/kpis/" + kpiId;
	}

}
