package jp.suishin.logicmodel.web;

import java.util.Locale;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.document.YearReview;
import jp.suishin.document.render.LogicModelSvg;
import jp.suishin.logicmodel.EditingLogicModels;
import jp.suishin.logicmodel.LogicElement;
import jp.suishin.logicmodel.LogicElementForm;
import jp.suishin.logicmodel.LogicModelRecords;
import jp.suishin.logicmodel.LogicModels;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.Program;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.FormAttempts;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A program's logic-model page: the drawing and its elements for everybody (a logic model
 * is public like the plan's programs), and for the planners of the plan's owner the forms
 * to add, edit, reorder and remove elements. Every form posts, is carried out by
 * {@link EditingLogicModels}, and redirects back; what it refuses comes back next to its
 * fields, with what was typed. The drawing alone is also served as an SVG file.
 */
@Controller
class LogicModelController {

	private final PlanRepository plans;

	private final AccessPolicy access;

	private final LogicModelRecords records;

	private final LogicModels models;

	private final EditingLogicModels editing;

	private final ProblemMessages messages;

	private final FormAttempts forms;

	LogicModelController(PlanRepository plans, AccessPolicy access, LogicModelRecords records, LogicModels models,
			EditingLogicModels editing, ProblemMessages messages) {
		this.plans = plans;
		this.access = access;
		this.records = records;
		this.models = models;
		this.editing = editing;
		this.messages = messages;
		this.forms = new FormAttempts(messages, "logicmodel.label.");
	}

	@GetMapping("/programs/{programId}/logic-model")
	String page(@PathVariable long programId, Viewer viewer, Model model, Locale locale) {
		Program program = program(programId);
		PlanNode node = plans.findNode(program.nodeId())
			.orElseThrow(() -> Refused.notFound("node of program " + programId));
		Plan plan = plans.findById(node.planId()).orElseThrow(() -> Refused.notFound("plan of program " + programId));
		boolean current = plans.archivedAt(plan.id()).isEmpty() && plans.tree(plan.id())
			.map(tree -> tree.programs(node.id()).stream().anyMatch(p -> p.id() == programId))
			.orElse(false);
		boolean editable = current && viewer.signedIn() && access.on(viewer, plan.ownerId()).plan();
		String svg = models.of(programId).map(m -> LogicModelSvg.svg(m, locale)).orElse(null);
		model.addAttribute("page", LogicModelPage.of(plan, node, program, svg, records.elements(programId),
				models.kpisOfPlan(plan.id()), editable));
		return "logicmodel/logic-model";
	}

	/** The drawing alone, for everybody; 404 while the model has no element. */
	@GetMapping(value = "/programs/{programId}/logic-model.svg", produces = "image/svg+xml")
	ResponseEntity<String> svg(@PathVariable long programId, Locale locale) {
		program(programId);
		YearReview.LogicModel model = models.of(programId)
			.orElseThrow(() -> Refused.notFound("logic model of program " + programId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + LogicModelSvg.svg(model, locale));
	}

	@PostMapping("/programs/{programId}/logic-model/elements")
	String add(@PathVariable long programId, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		program(programId);
		return forms.attempt(redirect, locale, "add-element", form, "logicmodel.added", back(programId, null),
				() -> editing.add(viewer, programId, form(form)));
	}

	@PostMapping("/programs/{programId}/logic-model/elements/{elementId}")
	String edit(@PathVariable long programId, @PathVariable long elementId,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		elementOf(programId, elementId);
		return forms.attempt(redirect, locale, "element-" + elementId, form, "logicmodel.saved",
				back(programId, elementId), () -> editing.edit(viewer, elementId, form(form)));
	}

	@PostMapping("/programs/{programId}/logic-model/elements/{elementId}/up")
	String up(@PathVariable long programId, @PathVariable long elementId, Viewer viewer) {
		elementOf(programId, elementId);
		editing.move(viewer, elementId, -1);
		return back(programId, elementId);
	}

	@PostMapping("/programs/{programId}/logic-model/elements/{elementId}/down")
	String down(@PathVariable long programId, @PathVariable long elementId, Viewer viewer) {
		elementOf(programId, elementId);
		editing.move(viewer, elementId, 1);
		return back(programId, elementId);
	}

	@PostMapping("/programs/{programId}/logic-model/elements/{elementId}/remove")
	String remove(@PathVariable long programId, @PathVariable long elementId, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		elementOf(programId, elementId);
		editing.remove(viewer, elementId);
		redirect.addFlashAttribute("saved", messages.text("logicmodel.removed", locale));
		return back(programId, null);
	}

	private Program program(long programId) {
		return plans.findProgram(programId).orElseThrow(() -> Refused.notFound("program " + programId));
	}

	private LogicElement elementOf(long programId, long elementId) {
		return records.element(elementId)
			.filter(e -> e.programId() == programId)
			.orElseThrow(() -> Refused.notFound("element " + elementId + " of program " + programId));
	}

	static LogicElementForm form(MultiValueMap<String, String> form) {
		return new LogicElementForm(form.getFirst("stage"), form.getFirst("text"), form.getFirst("kpi"));
	}

	private static String back(long programId, Long elementId) {
		return "redirect:/programs/" + programId + "/logic-model" + (elementId == null ? "" : "#element-" + elementId);
	}

}
