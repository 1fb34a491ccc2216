package jp.suishin.report.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.suishin.account.Viewer;
import jp.suishin.collection.Participant;
import jp.suishin.collection.ValueEntryGate;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.EditingKpiDefinition;
import jp.suishin.kpi.KpiDefinition;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.web.ProblemMessages;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.RevisingBaseline;
import jp.suishin.kpi.SettingMilestone;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.kpi.ValueStatus;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.YearParameter;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.report.KpiDetail;
import jp.suishin.report.KpiDetailQuery;
import jp.suishin.refusal.web.ProblemMessages;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** A KPI's page: definition, values, chart, and the form to record a year's value. */
@Controller
class KpiController {

	/** 422: the form is shown again with the problems next to their fields. */
	private static final int UNPROCESSABLE = 422;

	private final KpiDetailQuery details;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final SettingMilestone milestones;

	private final RevisingBaseline baselines;

	private final ProblemMessages problems;

	private final ValueEntryGate gate;

	private final EditingKpiDefinition definitions;

	KpiController(KpiDetailQuery details, MessageSource messages, ObjectMapper json, SettingMilestone milestones,
			RevisingBaseline baselines, ProblemMessages problems, ValueEntryGate gate,
			EditingKpiDefinition definitions) {
		this.definitions = definitions;
		this.problems = problems;
		this.gate = gate;
		this.details = details;
		this.messages = messages;
		this.json = json;
		this.milestones = milestones;
		this.baselines = baselines;
	}

	@GetMapping("/kpis/{id}")
	String kpi(@PathVariable long id, @RequestParam(required = false) String year, Viewer viewer, Model model) {
		KpiDetail detail = details.kpiDetail(viewer, id);
		offerEntry(viewer, detail, model);
		return show(detail, formFor(detail, YearParameter.of(year).orRefuse("year")), Map.of(), model);
	}

	@PostMapping("/kpis/{id}/values")
	String record(@PathVariable long id, @ModelAttribute("form") ValueForm form,
			@RequestParam Map<String, String> params, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		RecordingOutcome outcome = gate.enter(viewer,
				new ValueEntry(id, form.getYear(), form.getValue(), form.getStatus(), form.getExpectedMonth(),
						form.getNote(), form.getSource(), versionSeen(form.getYear(), params)));
		if (outcome instanceof RecordingOutcome.Rejected rejected) {
			response.setStatus(UNPROCESSABLE);
			KpiDetail detail = details.kpiDetail(viewer, id);
			offerEntry(viewer, detail, model);
			return show(detail, form, messages(rejected.problems(), locale), model);
		}
		FiscalYear year = FiscalYear.parse(form.getYear()).orElseThrow();
		KpiDetail detail = details.kpiDetail(viewer, id);
		String progress = detail.years()
			.stream()
			.filter(y -> y.year().equals(year))
			.findFirst()
			.map(y -> y.value() == null ? "－" : y.evaluation().progressDisplay())
			.orElse("－");
		String key = outcome instanceof RecordingOutcome.Removed ? "kpi.removed" : "kpi.saved";
		redirect.addFlashAttribute("saved",
				messages.getMessage(key, new Object[] { year.eraLabel(), progress }, locale));
		return "redirect:/kpis/" + id + "?year=" + year.value();
	}

	/** Sets or removes (「－」) the milestone (目安値) of a year. */
	@PostMapping("/kpis/{id}/milestones")
	String milestone(@PathVariable long id, @RequestParam(required = false) String milestoneYear,
			@RequestParam(required = false) String milestoneValue, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		List<FieldProblem> refused = milestones.set(viewer, id, milestoneYear, milestoneValue);
		if (!refused.isEmpty()) {
			response.setStatus(UNPROCESSABLE);
			KpiDetail detail = details.kpiDetail(viewer, id);
			offerEntry(viewer, detail, model);
			model.addAttribute("milestoneYear", milestoneYear);
			model.addAttribute("milestoneValue", milestoneValue);
			return show(detail, formFor(detail, Optional.empty()), problems.byField(refused, locale), model);
		}
		redirect.addFlashAttribute("saved", messages.getMessage("kpi.milestone.saved", null, locale));
		return "redirect:/kpis/" + id + "#milestones";
	}

	/**
	 * Changes the KPI's name, direction, target or definition, with the reason; a new
	 * direction or target from a fiscal year on (中間見直し).
	 */
	@PostMapping("/kpis/{id}/definition")
	String definition(@PathVariable long id, @RequestParam(required = false) String kpiName,
			@RequestParam(required = false) String kpiDirection, @RequestParam(required = false) String targetValue,
			@RequestParam(required = false) String targetYear, @RequestParam(required = false) String targetFrom,
			@RequestParam(required = false) String kpiDefinition,
			@RequestParam(required = false) String definitionReason, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		List<FieldProblem> refused = definitions.edit(viewer, id,
				new KpiDefinition(kpiName, kpiDirection, targetValue, targetYear, kpiDefinition, targetFrom),
				definitionReason);
		if (!refused.isEmpty()) {
			response.setStatus(UNPROCESSABLE);
			KpiDetail detail = details.kpiDetail(viewer, id);
			offerEntry(viewer, detail, model);
			model.addAttribute("definitionForm",
					Map.of("kpiName", String.valueOf(kpiName), "kpiDirection", String.valueOf(kpiDirection),
							"targetValue", targetValue == null ? "" : targetValue, "targetYear",
							targetYear == null ? "" : targetYear, "targetFrom", targetFrom == null ? "" : targetFrom,
							"kpiDefinition", kpiDefinition == null ? "" : kpiDefinition, "definitionReason",
							definitionReason == null ? "" : definitionReason));
			return show(detail, formFor(detail, Optional.empty()), problems.byField(refused, locale), model);
		}
		redirect.addFlashAttribute("saved", messages.getMessage("kpi.definition.saved", null, locale));
		return "redirect:/kpis/" + id + "#definition-edit";
	}

	/** Revises the baseline, with the reason; the history keeps every revision. */
	@PostMapping("/kpis/{id}/baseline")
	String baseline(@PathVariable long id, @RequestParam(required = false) String baselineValue,
			@RequestParam(required = false) String baselineYear, @RequestParam(required = false) String baselineReason,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		List<FieldProblem> refused = baselines.revise(viewer, id, baselineValue, baselineYear, baselineReason);
		if (!refused.isEmpty()) {
			response.setStatus(UNPROCESSABLE);
			KpiDetail detail = details.kpiDetail(viewer, id);
			offerEntry(viewer, detail, model);
			model.addAttribute("baselineValue", baselineValue);
			model.addAttribute("baselineYear", baselineYear);
			model.addAttribute("baselineReason", baselineReason);
			return show(detail, formFor(detail, Optional.empty()), problems.byField(refused, locale), model);
		}
		redirect.addFlashAttribute("saved", messages.getMessage("kpi.baseline.saved", null, locale));
		return "redirect:/kpis/" + id + "#baseline";
	}

	/**
	 * The years whose value the viewer may change now, as the collection decides: the
	 * page offers the form there only (the entry asks again under the year's lock).
	 */
	private void offerEntry(Viewer viewer, KpiDetail detail, Model model) {
		model.addAttribute("changeableYears", gate.changeableYears(viewer, detail.kpi().id(),
				detail.years().stream().map(KpiDetail.Year::year).toList()));
	}

	/**
	 * The version of the chosen year's value that the page showed ({@code version-2024});
	 * a year the page showed without a value, or a request without it, expects none — so
	 * a value somebody else entered is never overwritten unseen.
	 */
	private static Integer versionSeen(String year, Map<String, String> params) {
		return FiscalYear.parse(year)
			.map(y -> params.get("version-" + y.value()))
			.filter(v -> v.matches("\\d{1,9}"))
			.map(Integer::valueOf)
			.orElse(0);
	}

	private Map<String, String> messages(List<FieldProblem> problems, Locale locale) {
		return this.problems.byField(problems, locale);
	}

	/** The page with what the query returned for the viewer, and nothing else. */
	private String show(KpiDetail detail, ValueForm form, Map<String, String> errors, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("rights", detail.rights());
		Participant who = Participant.of(detail.rights(), detail.kpi().departmentId());
		model.addAttribute("entersValues", who.entersValues());
		if (!model.containsAttribute("changeableYears")) {
			model.addAttribute("changeableYears", java.util.Set.of());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("statuses", ValueStatus.values());
		model.addAttribute("directions", jp.suishin.kpi.Direction.values());
		if (!model.containsAttribute("definitionForm")) {
			KpiDefinition current = KpiDefinition.of(detail.kpi());
			model.addAttribute("definitionForm",
					Map.of("kpiName", current.name(), "kpiDirection", current.direction(), "targetValue",
							current.targetValue(), "targetYear", current.targetYear(), "targetFrom", "",
							"kpiDefinition", current.definition(), "definitionReason", ""));
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> names = Map.of("actual", messages.getMessage("kpi.chart.actual", null, locale), "baseline",
				messages.getMessage("kpi.chart.baseline", null, locale), "target",
				messages.getMessage("kpi.chart.target", null, locale), "milestone",
				messages.getMessage("kpi.chart.milestone", null, locale));
		model.addAttribute("chartJson",
				json.writeValueAsString(Map.of("type", "kpi", "chart", detail.chart(), "names", names)));
		return "report/kpi";
	}

	/**
	 * The form filled with the chosen year's value, or the latest year with a value, or
	 * the plan's first year.
	 */
	private static ValueForm formFor(KpiDetail detail, Optional<FiscalYear> requestedYear) {
		Optional<FiscalYear> chosen = requestedYear
			.filter(y -> detail.years().stream().anyMatch(row -> row.year().equals(y)));
		KpiDetail.Year row = chosen.flatMap(y -> detail.years().stream().filter(r -> r.year().equals(y)).findFirst())
			.orElseGet(() -> detail.years()
				.stream()
				.filter(r -> r.value() != null)
				.reduce((first, second) -> second)
				.orElse(detail.years().get(0)));
		ValueForm form = new ValueForm();
		form.setYear(Integer.toString(row.year().value()));
		if (row.value() != null) {
			Actual actual = row.value().actual();
			form.setStatus(actual.status().name());
			String about = actual instanceof Actual.Measured measured && measured.approximate() ? "約" : "";
			form.setValue(actual.amount().map(amount -> about + QuantityFormat.number(amount)).orElse(""));
			if (actual instanceof Actual.Pending pending && pending.expectedMonth() != null) {
				form.setExpectedMonth(pending.expectedMonth().toString());
			}
			form.setNote(row.value().note());
			form.setSource(row.value().source());
		}
		return form;
	}

}
