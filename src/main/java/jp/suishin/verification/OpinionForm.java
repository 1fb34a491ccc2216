package jp.suishin.verification;

import java.time.LocalDate;
import java.util.List;

import jp.suishin.refusal.FieldProblem;

/**
 * An opinion as an expert or a planner writes it.
 *
 * @param subject what it is about, as {@link OpinionSubject#read} reads it
 * @param expert the expert's name: required when a planner records it for an expert; an
 * expert's own opinion carries the expert's name whatever is written here
 * @param givenOn the day it was given (会議の日), as {@link VerificationText} reads it
 */
public record OpinionForm(String subject, String expert, String givenOn, String text) {

	/**
	 * The subject as written (not yet known to be of the plan), or {@code null} after
	 * adding the problem.
	 */
	OpinionSubject checkedSubject(List<FieldProblem> problems) {
		if (subject == null || subject.isBlank()) {
			problems.add(FieldProblem.of("subject", "verification.subject.required"));
			return null;
		}
		return OpinionSubject.read(subject).orElseGet(() -> {
			problems.add(FieldProblem.of("subject", "verification.subject.unknown"));
			return null;
		});
	}

	/**
	 * The name, day and text, or {@code null} after adding the problems.
	 * @param ownName the expert's own name when an expert writes, else {@code null}
	 */
	OpinionContent checked(OpinionSubject checkedSubject, String ownName, LocalDate today,
			List<FieldProblem> problems) {
		int before = problems.size();
		String name = ownName != null ? ownName : VerificationText.required("expert", expert,
				VerificationText.NAME_MAX_LENGTH, "verification.expert.required", problems);
		LocalDate day = VerificationText.day("givenOn", givenOn, today, problems);
		String checkedText = VerificationText.required("text", text, VerificationText.TEXT_MAX_LENGTH,
				"verification.text.required", problems);
		if (problems.size() > before || checkedSubject == null) {
			return null;
		}
		return new OpinionContent(checkedSubject, name, day, checkedText);
	}

}
