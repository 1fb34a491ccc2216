package jp.suishin.progress;

import java.util.List;

import jp.suishin.notation.FiscalYear;

/**
 * A KPI table graded for a fiscal year under a scheme, and nothing more: each row's grade
 * (re-listed rows too, in the rows' order) and the summary over the unique KPIs. The same
 * grades and summary as an {@link Evaluation} of the same rows.
 */
public record Grading(FiscalYear year, EvaluationScheme scheme, List<Grade> grades, GradeSummary summary) {

	public Grading {
		grades = List.copyOf(grades);
	}

}
