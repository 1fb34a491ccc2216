package jp.suishin.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.suishin.account.Viewer;
import jp.suishin.document.YearReview;
import jp.suishin.document.render.LogicModelSvg;
import jp.suishin.evaluation.DecisionForm;
import jp.suishin.evaluation.EvaluatingPrograms;
import jp.suishin.evaluation.EvaluationSettings;
import jp.suishin.evaluation.EvaluationSheet;
import jp.suishin.evaluation.EvaluationSheets;
import jp.suishin.evaluation.EvaluationStage;
import jp.suishin.evaluation.PersonnelCost;
import jp.suishin.evaluation.ProgramOfPlan;
import jp.suishin.evaluation.ReviewingPrograms;
import jp.suishin.evaluation.SheetForm;
import jp.suishin.evaluation.StageForm;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.logicmodel.LogicModels;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.YearParameter;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
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
 * A program's page (事業の評価): the program, its evaluation sheet of a fiscal year and the
 * decision; for those who may, the forms to open the sheet, write it, complete their
 * stage and record the decision. Every form posts, is carried out by
 * {@link EvaluatingPrograms}, and redirects back; what it refuses comes back next to its
 * fields, with what was typed.
 */
@Controller
class ProgramEvaluationController {

	private final PlanRepository plans;

	private final EvaluatingPrograms evaluating;

	private final ReviewingPrograms reviewing;

	private final EvaluationSheets sheets;

	private final EvaluationSettings settings;

	private final DepartmentRepository departments;

	private final KpiRepository kpis;

	private final FormAttempts forms;

	private final Clock clock;

	private final LogicModels logicModels;

	ProgramEvaluationController(PlanRepository plans, EvaluatingPrograms evaluating, ReviewingPrograms reviewing,
			EvaluationSheets sheets, EvaluationSettings settings, DepartmentRepository departments, KpiRepository kpis,
			ProblemMessages messages, Clock clock, LogicModels logicModels) {
		this.logicModels = logicModels;
		this.plans = plans;
		this.evaluating = evaluating;
		this.reviewing = reviewing;
		this.sheets = sheets;
		this.settings = settings;
		this.departments = departments;
		this.kpis = kpis;
		this.forms = new FormAttempts(messages, "evaluation.label.");
		this.clock = clock;
	}

	@GetMapping("/programs/{id}")
	String page(@PathVariable long id, @RequestParam(required = false) String year, Viewer viewer, Model model,
			Locale locale) {
		ProgramOfPlan of = ProgramOfPlan.find(plans, id);
		Plan plan = of.plan();
		FiscalYear shown = YearParameter.of(year).orRefuse("year").orElseGet(() -> defaultYear(plan));
		PlanNode node = plans.findNode(of.program().nodeId()).orElseThrow(() -> Refused.notFound("program " + id));
		YearReview.ProgramReview review = reviewing.of(viewer, of, shown).orElse(null);
		boolean working = reviewing.readsWorking(viewer, of);
		EvaluationSheet sheet = working ? sheets.find(id, shown).orElse(null) : null;
		List<EvaluationStage> stages = settings.stages();
		EvaluationStage stageForm = null;
		if (sheet != null) {
			Optional<EvaluationStage> next = sheet.next(stages);
			if (next.isPresent() && evaluating.evaluatesAt(viewer, of, sheet, next.get())) {
				stageForm = next.get();
			}
		}
		boolean planner = evaluating.mayOpen(viewer, of);
		model.addAttribute("page",
				new ProgramPage(of.program(), plan, node, shown, plan.period().years(), review, sheet, stages,
						planner && sheet == null && working && plan.period().contains(shown),
						sheet != null && !sheet.started() && evaluating.mayWrite(viewer, of, sheet), stageForm,
						planner && sheet != null && sheet.complete(stages),
						working ? departments.ofOrganisation(plan.ownerId()) : List.of(),
						working ? kpis.findByPlan(plan.id()) : List.of(), evaluating.donated(of, shown),
						settings.personnelCost().map(PersonnelCost::text).orElse(null), planner));
		model.addAttribute("logicModelSvg",
				logicModels.of(id).map(logicModel -> LogicModelSvg.svg(logicModel, locale)).orElse(null));
		return "evaluation/program";
	}

	@PostMapping("/programs/{id}/evaluation")
	String open(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		FiscalYear year = year(form);
		return forms.attempt(redirect, locale, "open-sheet", form, "evaluation.sheet.opened", back(id, year, "sheet"),
				() -> evaluating.open(viewer, id, year, form.getFirst("department")));
	}

	@PostMapping("/programs/{id}/evaluation/sheet")
	String edit(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		FiscalYear year = year(form);
		// the indicators chosen come back too when the form is refused (the typed values
		// keep one value per field)
		redirect.addFlashAttribute("typedKpis", Map.of("activityKpis", orEmpty(form.get("activityKpis")), "outcomeKpis",
				orEmpty(form.get("outcomeKpis"))));
		return forms.attempt(redirect, locale, "sheet-form", form, "evaluation.sheet.saved", back(id, year, "sheet"),
				() -> evaluating.edit(viewer, id, year, sheetForm(form)));
	}

	@PostMapping("/programs/{id}/evaluation/stages/{stageId}")
	String complete(@PathVariable long id, @PathVariable long stageId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		FiscalYear year = year(form);
		return forms.attempt(redirect, locale, "stage-form", form, "evaluation.stage.completed",
				back(id, year, "stages"), () -> evaluating.complete(viewer, id, year, stageId, stageForm(form)));
	}

	@PostMapping("/programs/{id}/evaluation/decision")
	String decide(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		FiscalYear year = year(form);
		return forms.attempt(redirect, locale, "decision-form", form, "evaluation.decision.saved",
				back(id, year, "decision"),
				() -> evaluating.decide(viewer, id, year, new DecisionForm(form.getFirst("direction"),
						form.getFirst("reason"), form.getFirst("budgetConsequence"), form.getFirst("decidedOn"))));
	}

	static SheetForm sheetForm(MultiValueMap<String, String> form) {
		return new SheetForm(form.getFirst("purpose"), form.getFirst("target"), form.getFirst("means"),
				form.getFirst("intent"), form.getFirst("department"), orEmpty(form.get("activityKpis")),
				orEmpty(form.get("outcomeKpis")), form.getFirst("programCost"), form.getFirst("generalFund"),
				form.getFirst("nationalGrant"), form.getFirst("otherFunds"), form.getFirst("staffYears"));
	}

	static StageForm stageForm(MultiValueMap<String, String> form) {
		return new StageForm(form.getFirst("necessity"), form.getFirst("effectiveness"), form.getFirst("efficiency"),
				form.getFirst("direction"), form.getFirst("reason"), form.getFirst("comment"));
	}

	private static List<String> orEmpty(List<String> values) {
		return values == null ? List.of() : values;
	}

	private static FiscalYear year(MultiValueMap<String, String> form) {
		return YearParameter.of(form.getFirst("year"))
			.orRefuse("year")
			.orElseThrow(() -> Refused.invalid("year", "fiscal-year.invalid", ""));
	}

	/** The current fiscal year, or the nearest year of the plan's period. */
	private FiscalYear defaultYear(Plan plan) {
		LocalDate today = LocalDate.now(clock);
		FiscalYear current = FiscalYear.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1);
		if (current.isAfter(plan.period().to())) {
			return plan.period().to();
		}
		return current.isBefore(plan.period().from()) ? plan.period().from() : current;
	}

	private static String back(long programId, FiscalYear year, String anchor) {
		return "redirect:/programs/" + programId + "?year=" + year.eraLabel() + "#" + anchor;
	}

}
