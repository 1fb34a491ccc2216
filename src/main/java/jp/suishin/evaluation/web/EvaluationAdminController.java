package jp.suishin.evaluation.web;

import java.util.List;
import java.util.Locale;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.evaluation.ConfiguringEvaluation;
import jp.suishin.evaluation.EvaluationSettings;
import jp.suishin.evaluation.PersonnelCost;
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
 * The administrator's page of the evaluation settings: the installation's stages (name,
 * role, order) and the average personnel cost of one person-year.
 */
@Controller
class EvaluationAdminController {

	private static final String BACK = "redirect:/admin/evaluation";

	private final EvaluationSettings settings;

	private final ConfiguringEvaluation configuring;

	private final FormAttempts forms;

	EvaluationAdminController(EvaluationSettings settings, ConfiguringEvaluation configuring,
			ProblemMessages messages) {
		this.settings = settings;
		this.configuring = configuring;
		this.forms = new FormAttempts(messages, "evaluation.label.");
	}

	@GetMapping("/admin/evaluation")
	String page(Viewer viewer, Model model) {
		if (!viewer.administrator()) {
			throw new AccessDenied("administer the evaluation settings");
		}
		model.addAttribute("stages", settings.stages());
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("personnelCost", settings.personnelCost().map(PersonnelCost::text).orElse(null));
		return "evaluation/admin";
	}

	@PostMapping("/admin/evaluation/personnel-cost")
	String personnelCost(@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		return forms.attempt(redirect, locale, "personnel-cost", form, "evaluation.admin.personnel-cost.saved", BACK,
				() -> configuring.setPersonnelCost(viewer, form.getFirst("personnelCost")));
	}

	@PostMapping("/admin/evaluation/stages")
	String addStage(@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		return forms.attempt(redirect, locale, "add-stage", form, "evaluation.admin.stage.added", BACK,
				() -> configuring.addStage(viewer, form.getFirst("name"), form.getFirst("role"),
						form.getFirst("position")));
	}

	@PostMapping("/admin/evaluation/stages/{stageId}")
	String editStage(@PathVariable long stageId, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		return forms.attempt(redirect, locale, "stage-" + stageId, form, "evaluation.admin.stage.saved", BACK,
				() -> configuring.updateStage(viewer, stageId, form.getFirst("name"), form.getFirst("role"),
						form.getFirst("position")));
	}

	@PostMapping("/admin/evaluation/stages/{stageId}/remove")
	String removeStage(@PathVariable long stageId, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		return forms.attempt(redirect, locale, "stage-" + stageId, form, "evaluation.admin.stage.removed", BACK,
				() -> configuring.removeStage(viewer, stageId));
	}

}
