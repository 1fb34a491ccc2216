package jp.suishin.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jp.suishin.refusal.FieldProblem;

/**
 * The planner's decision as typed: the direction, its reason, the budget consequence
 * (optional) and the day it was taken ({@code 2025-10-20}; today when not written).
 */
public record DecisionForm(String direction, String reason, String budgetConsequence, String decidedOn) {

	public static final int BUDGET_MAX_LENGTH = 2000;

	ProgramDecision checked(List<FieldProblem> problems, LocalDate today) {
		int before = problems.size();
		FutureDirection d = FutureDirection.of(direction).collect("direction", problems);
		String r = StageForm.required("reason", reason, problems);
		String b = null;
		if (budgetConsequence != null && !budgetConsequence.isBlank()) {
			b = budgetConsequence.strip();
			if (b.length() > BUDGET_MAX_LENGTH) {
				problems.add(FieldProblem.of("budgetConsequence", "evaluation.text.too-long", BUDGET_MAX_LENGTH));
			}
		}
		LocalDate on = today;
		if (decidedOn != null && !decidedOn.isBlank()) {
			try {
				on = LocalDate.parse(decidedOn.strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(FieldProblem.of("decidedOn", "evaluation.decided-on.invalid", decidedOn.strip()));
			}
		}
		return problems.size() > before ? null : new ProgramDecision(d, r, b, on, null);
	}

}
