package jp.suishin.progress;

import java.util.List;
import java.util.Locale;

import jp.suishin.notation.FiscalYear;

/**
 * A KPI table evaluated for a fiscal year under a scheme: every row (re-listed ones too),
 * the summary over unique KPIs, the drafted analysis and the lint findings.
 */
public record Evaluation(FiscalYear year, EvaluationScheme scheme, List<KpiEvaluation> rows, GradeSummary summary,
		String analysis, List<LintFinding> lint) {

	public Evaluation {
		rows = List.copyOf(rows);
		lint = List.copyOf(lint);
	}

	/**
	 * The drafted analysis in the reader's language; {@link #analysis()} is the Japanese
	 * one.
	 */
	public String analysis(Locale locale) {
		return AnalysisDraft.write(year, scheme, Evaluator.unique(rows), summary, lint, locale);
	}

	/**
	 * The summary sentences in the reader's language (７件の評価指標（再掲を除く）のうち…): the opening of
	 * the drafted analysis, which a report prints with the distribution of grades.
	 */
	public String summaryText(Locale locale) {
		return AnalysisDraft.summary(Evaluator.unique(rows), summary, locale);
	}

}
