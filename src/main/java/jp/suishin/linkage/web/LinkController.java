package jp.suishin.linkage.web;

import java.util.Locale;

import jp.suishin.account.Viewer;
import jp.suishin.linkage.ComputingKpis;
import jp.suishin.linkage.LinkingKpis;
import jp.suishin.refusal.web.FormAttempts;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The KPI page's link forms: a KPI's planners link it to a KPI of another plan and remove
 * its links, through {@link LinkingKpis}, and say how it is computed from its
 * contributors, through {@link ComputingKpis}: the use cases decide who may and what is
 * refused.
 */
@Controller
class LinkController {

	static final String FORM = "add-link";

	private final LinkingKpis linking;

	private final ComputingKpis computing;

	private final ProblemMessages messages;

	private final FormAttempts forms;

	LinkController(LinkingKpis linking, ComputingKpis computing, ProblemMessages messages) {
		this.linking = linking;
		this.computing = computing;
		this.messages = messages;
		this.forms = new FormAttempts(messages, "linkage.label.");
	}

	@PostMapping("/kpis/{id}/links")
	String link(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		return forms.attempt(redirect, locale, FORM, form, "linkage.link.added", back(id),
				() -> linking.link(viewer, id, form.getFirst("linkedKpi"), form.getFirst("kind")));
	}

	@PostMapping("/kpis/{id}/links/{linkId}/remove")
	String unlink(@PathVariable long id, @PathVariable long linkId, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		linking.unlink(viewer, id, linkId);
		redirect.addFlashAttribute("saved", messages.text("linkage.link.removed", locale));
		return back(id);
	}

	/**
	 * Sets how the KPI is computed from its contributors, or (no method) that it is not.
	 */
	@PostMapping("/kpis/{id}/computation")
	String compute(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		String method = form.getFirst("method");
		return forms.attempt(redirect, locale, "set-computation", form, "linkage.computation.saved", back(id), () -> {
			if (method == null || method.isBlank()) {
				computing.clear(viewer, id);
			}
			else {
				computing.set(viewer, id, method, form.getFirst("weightKpi"));
			}
		});
	}

	private static String back(long kpiId) {
		return "redirect:/kpis/" + kpiId + "#links";
	}

}
