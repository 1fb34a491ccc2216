package jp.suishin.evaluation;

import java.util.List;

import jp.suishin.refusal.FieldProblem;

/**
 * A stage's evaluation as typed: three ratings (4 → 1), a direction, its reason, a
 * comment.
 */
public record StageForm(String necessity, String effectiveness, String efficiency, String direction, String reason,
		String comment) {

	public static final int REASON_MAX_LENGTH = 4000;

	/** The verdict, or {@code null} after adding the problems, each naming its field. */
	StageVerdict checked(List<FieldProblem> problems) {
		int before = problems.size();
		Rating n = Rating.of(necessity).collect("necessity", problems);
		Rating e = Rating.of(effectiveness).collect("effectiveness", problems);
		Rating f = Rating.of(efficiency).collect("efficiency", problems);
		FutureDirection d = FutureDirection.of(direction).collect("direction", problems);
		String r = required("reason", reason, problems);
		String c = optional("comment", comment, problems);
		return problems.size() > before ? null : new StageVerdict(n, e, f, d, r, c);
	}

	static String required(String field, String written, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			problems.add(FieldProblem.of(field, "evaluation.reason.required"));
			return null;
		}
		return optional(field, written, problems);
	}

	static String optional(String field, String written, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			return null;
		}
		if (written.strip().length() > REASON_MAX_LENGTH) {
			problems.add(FieldProblem.of(field, "evaluation.text.too-long", REASON_MAX_LENGTH));
			return null;
		}
		return written.strip();
	}

}
