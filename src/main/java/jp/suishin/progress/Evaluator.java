package jp.suishin.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.kpi.Actual;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;

/**
 * The evaluation engine: grades each KPI of a table for a fiscal year under a scheme,
 * summarises, drafts the analysis and checks the definitions. Used alike by the web
 * pages, the API and the {@code evaluate} command.
 */
public final class Evaluator {

	private final EvaluationScheme scheme;

	public Evaluator(EvaluationScheme scheme) {
		this.scheme = scheme;
	}

	public EvaluationScheme scheme() {
		return scheme;
	}

	/**
	 * @param period the plan period for the lint, or {@code null} when unknown
	 * @param findings lint findings the caller already made (values in a wrong unit,
	 * found while reading)
	 */
	public Evaluation evaluate(FiscalYear year, List<KpiFigures> rows, FiscalPeriod period,
			List<LintFinding> findings) {
		List<KpiEvaluation> evaluations = rows.stream().map(kpi -> evaluate(kpi, year)).toList();
		Map<String, KpiEvaluation> unique = new LinkedHashMap<>();
		evaluations.stream().filter(e -> !e.kpi().relisted()).forEach(e -> unique.putIfAbsent(e.kpi().id(), e));
		evaluations.forEach(e -> unique.putIfAbsent(e.kpi().id(), e));
		List<KpiEvaluation> uniqueEvaluations = List.copyOf(unique.values());
		GradeSummary summary = GradeSummary.of(scheme, uniqueEvaluations);
		List<LintFinding> lint = new ArrayList<>(findings);
		lint.addAll(Lint.check(scheme, uniqueEvaluations.stream().map(KpiEvaluation::kpi).toList(), period));
		String analysis = AnalysisDraft.write(year, scheme, uniqueEvaluations, summary, lint);
		return new Evaluation(year, scheme, evaluations, summary, analysis, lint);
	}

	/** One KPI in one year. */
	public KpiEvaluation evaluate(KpiFigures kpi, FiscalYear year) {
		Optional<Actual> actual = EvaluatedActual.of(kpi, year);
		EvaluationStatus status = EvaluationStatus.of(actual.orElse(null));
		Change sinceLastYear = null;
		Change sinceBaseline = null;
		Measure method = null;
		BigDecimal rate = null;
		Grade grade;
		if (status == EvaluationStatus.PENDING) {
			grade = new Grade.Pending(scheme.pendingLabel());
		}
		else if (status == EvaluationStatus.MISSING) {
			grade = new Grade.None(scheme.noneLabel());
		}
		else {
			BigDecimal amount = actual.get().amount().orElseThrow();
			Facts facts = new Facts(kpi, year, amount);
			Optional<BigDecimal> measured = facts.measure(scheme.progressRate());
			if (measured.isPresent()) {
				rate = measured.get();
				method = facts.methodOf(scheme.progressRate());
			}
			grade = scheme.firstMatch(facts)
				.<Grade>map(rule -> new Grade.Graded(rule.label()))
				.orElseGet(() -> new Grade.None(scheme.noneLabel()));
			BigDecimal previous = EvaluatedActual.of(kpi, FiscalYear.of(year.value() - 1))
				.flatMap(Actual::amount)
				.orElse(null);
			sinceLastYear = Change.between(previous, amount, kpi.unit());
			sinceBaseline = Change.between(kpi.baselineValue(), amount, kpi.unit());
		}
		return new KpiEvaluation(kpi, status, actual.orElse(null), method, rate, grade, sinceLastYear, sinceBaseline,
				Forecaster.forecast(kpi, year));
	}

}
