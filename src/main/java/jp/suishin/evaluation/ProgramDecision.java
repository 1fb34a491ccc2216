package jp.suishin.evaluation;

import java.time.LocalDate;

/**
 * The decision on a program for the next year, taken by a planner after the sheet's last
 * stage: the direction, its reason and the budget consequence (as written, or
 * {@code null}).
 *
 * @param decidedBy who recorded it ({@code null} before it is stored)
 */
public record ProgramDecision(FutureDirection direction, String reason, String budgetConsequence, LocalDate decidedOn,
		String decidedBy) {

	public String described() {
		return "方向性=" + direction.japanese() + " 理由=" + reason
				+ (budgetConsequence == null ? "" : " 予算=" + budgetConsequence) + " 決定日=" + decidedOn;
	}

}
