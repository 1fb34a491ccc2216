package jp.suishin.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
		List<KpiEvaluation> uniqueEvaluations = unique(evaluations);
		GradeSummary summary = GradeSummary.of(scheme, uniqueEvaluations);
		List<LintFinding> lint = new ArrayList<>(findings);
		lint.addAll(Lint.check(scheme, uniqueEvaluations.stream().map(KpiEvaluation::kpi).toList(), period));
		String analysis = AnalysisDraft.write(year, scheme, uniqueEvaluations, summary, lint, Locale.JAPANESE);
		return new Evaluation(year, scheme, evaluations, summary, analysis, lint);
	}

	/** Each KPI once: its own listing rather than a re-listing. */
	static List<KpiEvaluation> unique(List<KpiEvaluation> evaluations) {
		Map<String, KpiEvaluation> unique = new LinkedHashMap<>();
		evaluations.stream().filter(e -> !e.kpi().relisted()).forEach(e -> unique.putIfAbsent(e.kpi().id(), e));
		evaluations.forEach(e -> unique.putIfAbsent(e.kpi().id(), e));
		return List.copyOf(unique.values());
	}

	/**
	 * One KPI in one year. With {@code latestAvailable} a KPI that has no value at all
	 * for the year is graded on its most recent confirmed value before it, against that
	 * year's milestone; a pending value stays pending.
	 */
	public KpiEvaluation evaluate(KpiFigures kpi, FiscalYear year) {
		FiscalYear actualYear = year;
		Optional<Actual> actual = EvaluatedActual.of(kpi, year);
		if (actual.isEmpty() && scheme.latestAvailable()) {
			Optional<FiscalYear> latest = EvaluatedActual.latestAvailableBefore(kpi, year);
			if (latest.isPresent()) {
				actualYear = latest.get();
				actual = EvaluatedActual.of(kpi, actualYear);
			}
		}
		EvaluationStatus status = EvaluationStatus.of(actual.orElse(null));
		Forecast forecast = Forecaster.forecast(kpi, year);
		if (status == EvaluationStatus.PENDING || status == EvaluationStatus.MISSING) {
			Grade grade = status == EvaluationStatus.PENDING ? new Grade.Pending(scheme.pendingLabel())
					: new Grade.None(scheme.noneLabel());
			return new KpiEvaluation(kpi, status, actual.orElse(null), actualYear, null, null,
					Milestone.of(kpi, actualYear, scheme.interpolateMilestones()), grade, null, null, null, forecast);
		}
		BigDecimal amount = actual.get().amount().orElseThrow();
		Facts facts = new Facts(kpi, actualYear, amount, scheme.interpolateMilestones());
		Optional<BigDecimal> rate = facts.measure(scheme.progressRate());
		Measure method = rate.isPresent() ? facts.methodOf(scheme.progressRate()) : null;
		Grade grade = grade(facts);
		Grade comparisonGrade = null;
		if (kpi.comparison() != null) {
			Grade other = grade(new Facts(kpi.withBaseline(kpi.comparison().baseline()), actualYear, amount,
					scheme.interpolateMilestones()));
			comparisonGrade = other.equals(grade) ? null : other;
		}
		BigDecimal previous = EvaluatedActual.of(kpi, actualYear.previous()).flatMap(Actual::amount).orElse(null);
		return new KpiEvaluation(kpi, status, actual.get(), actualYear, method, rate.orElse(null), facts.milestone(),
				grade, comparisonGrade, Change.between(previous, amount, kpi.unit()),
				Change.between(kpi.baselineValue(), amount, kpi.unit()), forecast);
	}

	private Grade grade(Facts facts) {
		return scheme.firstMatch(facts)
			.<Grade>map(rule -> new Grade.Graded(rule.label()))
			.orElseGet(() -> new Grade.None(scheme.noneLabel()));
	}

}
