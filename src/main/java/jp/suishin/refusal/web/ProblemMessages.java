package jp.suishin.refusal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.suishin.refusal.Problem;
import jp.suishin.refusal.FieldProblem;

import org.springframework.context.MessageSource;

/**
 * The one place that turns problems into text: a problem's message, and per field the
 * messages to show next to it. A notation problem (an unreadable number or year) does not
 * say which field it is about, so it is prefixed with the field's label.
 */
public final class ProblemMessages {

	private final MessageSource messages;

	public ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String text(Problem problem, Locale locale) {
		return messages.getMessage(problem.messageKey(), problem.argumentArray(), locale);
	}

	public String text(String messageKey, Locale locale, Object... arguments) {
		return messages.getMessage(messageKey, arguments, locale);
	}

	/** The message of one field's problem, labelled with the field where it needs it. */
	public String text(FieldProblem problem, Locale locale) {
		String message = text(problem.problem(), locale);
		if (problem.problem().messageKey().startsWith("notation.")) {
			String label = messages.getMessage("field." + problem.field(), null, problem.field(), locale);
			message = messages.getMessage("field.labelled", new Object[] { label, message }, locale);
		}
		return message;
	}

	/** Field → its messages, joined, in the order the problems came. */
	public Map<String, String> byField(List<FieldProblem> problems, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			errors.merge(problem.field(), text(problem, locale), (a, b) -> a + " " + b);
		}
		return errors;
	}

	/** Field → message, for problems already keyed by field. */
	public Map<String, String> byField(Map<String, Problem> problems, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		problems.forEach((field, problem) -> errors.put(field, text(new FieldProblem(field, problem), locale)));
		return errors;
	}

}
