package jp.suishin.document;

import java.util.List;

/**
 * The evaluation package of a plan's year (効果検証資料): what the external experts read before
 * their meeting. The year's report as a draft (its cover, the KPI list, the projects'
 * sections and, in its {@link ReportDocument#review() review}, the evaluation sheets, the
 * national effect-verification form and the logic models), and the opinions the experts
 * gave on the year before with the division's responses and their follow-up.
 *
 * @param report the report of the year as the viewer may see it
 * @param previousYear the fiscal year before (西暦); {@code previousYearLabel} as printed
 * (R5)
 * @param previousOpinions last year's opinions, with their responses and follow-up
 */
public record EvaluationPackage(ReportDocument report, int previousYear, String previousYearLabel,
		List<YearReview.Opinion> previousOpinions) {

	public EvaluationPackage {
		previousOpinions = previousOpinions == null ? List.of() : List.copyOf(previousOpinions);
	}

	public YearReview review() {
		return report.review();
	}

}
