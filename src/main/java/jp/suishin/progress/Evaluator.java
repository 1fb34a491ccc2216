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
 * pages, the API and the {@code evaluate} command; {@link #grade} grades and summarises
 * only, for passes over many plans.
 */
public final class Evaluator {

	private final EvaluationScheme scheme;

	/** The grade each rule gives, made once: a pass over many plans gives millions. */
	private final Map<GradeRule, Grade> grades = new java.util.IdentityHashMap<>();

	private final Grade pending;

	private final Grade none;

	public Evaluator(EvaluationScheme scheme) {
		this.scheme = scheme;
		scheme.rules().forEach(rule -> grades.put(rule, new Grade.Graded(rule.label())));
		this.pending = new Grade.Pending(scheme.pendingLabel());
		this.none = new Grade.None(scheme.noneLabel());
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

	/**
	 * Grades only: each row's grade and the summary over the unique KPIs, exactly as
	 * {@link #evaluate(FiscalYear, List, FiscalPeriod, List)} grades and summarises them,
	 * without the rest of an evaluation (rates, changes, forecasts, the analysis draft,
	 * the lint). For passes over many plans: the national grading, a prefecture comparing
	 * its municipalities.
	 */
	public Grading grade(FiscalYear year, List<KpiFigures> rows) {
		List<Grade> grades = new ArrayList<>(rows.size());
		for (KpiFigures kpi : rows) {
			grades.add(assess(kpi, year).grade());
		}
		return new Grading(year, scheme, grades, GradeSummary.ofGrades(scheme, unique(rows, grades)));
	}

	/** Each KPI once: its own listing rather than a re-listing. */
	static List<KpiEvaluation> unique(List<KpiEvaluation> evaluations) {
		return unique(evaluations.stream().map(KpiEvaluation::kpi).toList(), evaluations);
	}

	/**
	 * Of rows and what was made of each (in the same order), what was made of each KPI
	 * once: of its own listing rather than a re-listing, in the order of first
	 * appearance.
	 */
	private static <T> List<T> unique(List<KpiFigures> rows, List<T> made) {
		Map<String, T> unique = new LinkedHashMap<>(rows.size() * 2);
		boolean relisting = false;
		for (int i = 0; i < rows.size(); i++) {
			if (!rows.get(i).relisted()) {
				unique.putIfAbsent(rows.get(i).id(), made.get(i));
			}
			else {
				relisting = true;
			}
		}
		if (relisting) {
			for (int i = 0; i < rows.size(); i++) {
				unique.putIfAbsent(rows.get(i).id(), made.get(i));
			}
		}
		return List.copyOf(unique.values());
	}

	/**
	 * One KPI in one year. With {@code latestAvailable} a KPI that has no value at all
	 * for the year is graded on its most recent confirmed value before it, against that
	 * year's milestone; a pending value stays pending.
	 */
	public KpiEvaluation evaluate(KpiFigures kpi, FiscalYear year) {
		Assessment assessed = assess(kpi, year);
		FiscalYear actualYear = assessed.actualYear();
		Actual actual = assessed.actual();
		Forecast forecast = Forecaster.forecast(kpi, year);
		Facts facts = assessed.facts();
		if (facts == null) {
			return new KpiEvaluation(kpi, assessed.status(), actual, actualYear, null, null,
					Milestone.of(kpi, actualYear, scheme.interpolateMilestones()), assessed.grade(), null, null, null,
					forecast);
		}
		BigDecimal amount = actual.amount().orElseThrow();
		Optional<BigDecimal> rate = facts.measure(scheme.progressRate());
		Measure method = rate.isPresent() ? facts.methodOf(scheme.progressRate()) : null;
		Grade grade = assessed.grade();
		Grade comparisonGrade = null;
		if (kpi.comparison() != null) {
			Grade other = grade(new Facts(kpi.withBaseline(kpi.comparison().baseline()), actualYear, amount,
					scheme.interpolateMilestones()));
			comparisonGrade = other.equals(grade) ? null : other;
		}
		BigDecimal previous = EvaluatedActual.of(kpi, actualYear.previous()).flatMap(Actual::amount).orElse(null);
		return new KpiEvaluation(kpi, assessed.status(), actual, actualYear, method, rate.orElse(null),
				facts.milestone(), grade, comparisonGrade, Change.between(previous, amount, kpi.unit()),
				Change.between(kpi.baselineValue(), amount, kpi.unit()), forecast);
	}

	/**
	 * What a KPI is graded on in a year and its grade: the one grading rule that
	 * {@link #evaluate(KpiFigures, FiscalYear)} and {@link #grade} share.
	 *
	 * @param actual the evaluated actual, or {@code null}
	 * @param facts {@code null} when there is no amount to grade (pending, missing)
	 */
	private record Assessment(FiscalYear actualYear, Actual actual, EvaluationStatus status, Facts facts, Grade grade) {
	}

	private Assessment assess(KpiFigures kpi, FiscalYear year) {
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
		if (status == EvaluationStatus.PENDING) {
			return new Assessment(actualYear, actual.get(), status, null, pending);
		}
		if (status == EvaluationStatus.MISSING) {
			return new Assessment(actualYear, null, status, null, none);
		}
		Facts facts = new Facts(kpi, actualYear, actual.get().amount().orElseThrow(), scheme.interpolateMilestones());
		return new Assessment(actualYear, actual.get(), status, facts, grade(facts));
	}

	private Grade grade(Facts facts) {
		GradeRule rule = scheme.firstMatch(facts);
		return rule == null ? none : grades.get(rule);
	}

}
