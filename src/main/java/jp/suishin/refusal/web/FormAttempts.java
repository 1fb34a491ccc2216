package jp.suishin.refusal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How an editing page answers a posted form (post, redirect, get): done, back with the
 * message; refused as invalid, back with each problem next to its field, labelled with
 * the field's name, and what was typed; a conflict's reason back to the form. Not found
 * and forbidden go on to the error page. One per page family, with the prefix of its
 * fields' labels ({@code authoring.label.}, {@code activity.label.}).
 */
public final class FormAttempts {

	private final ProblemMessages messages;

	private final String labelPrefix;

	public FormAttempts(ProblemMessages messages, String labelPrefix) {
		this.messages = messages;
		this.labelPrefix = labelPrefix;
	}

	/**
	 * Runs a form's use case and returns {@code back}, the flash attributes set for the
	 * page to show: {@code saved}, or {@code problemsFor} (the form's id) with
	 * {@code problems} or {@code refused}, and {@code typed}.
	 */
	public String attempt(RedirectAttributes redirect, Locale locale, String formId, MultiValueMap<String, String> form,
			String doneKey, String back, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", messages.text(doneKey, locale));
		}
		catch (Refused ex) {
			if (ex.refusal() instanceof Refusal.Invalid invalid) {
				redirect.addFlashAttribute("problemsFor", formId);
				redirect.addFlashAttribute("problems", labelled(invalid.problems(), locale));
				redirect.addFlashAttribute("typed", form.toSingleValueMap());
			}
			else if (ex.refusal() instanceof Refusal.Conflict conflict) {
				redirect.addFlashAttribute("problemsFor", formId);
				redirect.addFlashAttribute("refused", messages.text(conflict.problem(), locale));
				redirect.addFlashAttribute("typed", form.toSingleValueMap());
			}
			else {
				throw ex;
			}
		}
		return back;
	}

	/** Field → its messages, each labelled with the field's name (名称：…, 開催日：…). */
	public Map<String, String> labelled(List<FieldProblem> problems, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			String label = messages.text(labelPrefix + problem.field(), locale);
			String text = messages.text(problem.problem(), locale);
			byField.merge(problem.field(), messages.text("field.labelled", locale, label, text), (a, b) -> a + " " + b);
		}
		return byField;
	}

}
