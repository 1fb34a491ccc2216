package jp.suishin.progress;

import static jp.suishin.progress.SeededCases.alpha;
import static jp.suishin.progress.SeededCases.between;
import static jp.suishin.progress.SeededCases.oneOf;
import static jp.suishin.progress.SeededCases.orNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the engine over generated KPI tables: plain JUnit over a seeded random
 * generator (see {@link SeededCases}), a thousand cases each.
 */
class EngineInvariantsTests {

	static final FiscalYear YEAR = FiscalYear.of(2024);

	static final int CASES = 1000;

	static BigDecimal amount(Random random) {
		return BigDecimal.valueOf(between(random, -500, 5000));
	}

	static Actual actual(Random random) {
		int kind = random.nextInt(3);
		if (kind == 0) {
			return new Actual.Confirmed(amount(random));
		}
		if (kind == 1) {
			return new Actual.Preliminary(amount(random));
		}
		return new Actual.Pending(7);
	}

	static KpiFigures kpi(Random random) {
		String name = alpha(random, 1, 6);
		Direction direction = oneOf(random, Arrays.asList(Direction.values()));
		BigDecimal baseline = orNull(random, 0.2, amount(random));
		BigDecimal target = orNull(random, 0.1, amount(random));
		Actual now = orNull(random, 0.2, actual(random));
		Actual before = orNull(random, 0.3, actual(random));
		TreeMap<FiscalYear, Actual> values = new TreeMap<>();
		if (now != null) {
			values.put(YEAR, now);
		}
		if (before != null) {
			values.put(FiscalYear.of(2023), before);
		}
		return new KpiFigures(name, "p", name, false, Unit.of("人"), direction, Aggregation.YEARLY,
				baseline == null ? null : new Baseline(baseline, FiscalYear.of(2020)),
				target == null ? null : new Target(target, FiscalYear.of(2027)), YearlyActuals.of(values));
	}

	static List<KpiFigures> table(Random random, int min, int max) {
		int size = between(random, min, max);
		List<KpiFigures> unique = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			KpiFigures kpi = kpi(random);
			if (!ids.contains(kpi.id())) {
				ids.add(kpi.id());
				unique.add(kpi);
			}
		}
		return unique;
	}

	static String scheme(Random random) {
		return oneOf(random, Schemes.BUILT_IN);
	}

	@Test
	void sharesAddUpToAHundredPercentAndTenTenths() {
		SeededCases.check(CASES, (random) -> {
			List<KpiFigures> kpis = table(random, 1, 20);
			String scheme = scheme(random);
			GradeSummary summary = new Evaluator(Schemes.builtIn(scheme)).evaluate(YEAR, kpis, null, List.of())
				.summary();
			assertThat(summary.grades().stream().mapToInt(GradeSummary.GradeCount::percent).sum())
				.as("percent shares of %s under %s", kpis, scheme)
				.isEqualTo(100);
			assertThat(summary.grades().stream().mapToInt(GradeSummary.GradeCount::tenths).sum())
				.as("tenths of %s under %s", kpis, scheme)
				.isEqualTo(10);
			assertThat(summary.evaluated() + summary.pending() + summary.none()).isEqualTo(summary.unique());
		});
	}

	@Test
	void gradingAloneGivesTheGradesAndSummaryOfTheFullEvaluation() {
		SeededCases.check(CASES, (random) -> {
			List<KpiFigures> table = new ArrayList<>(table(random, 1, 12));
			KpiFigures original = table.get(between(random, 0, 11) % table.size());
			table.add(
					new KpiFigures(original.id(), "other", original.name(), true, original.unit(), original.direction(),
							original.aggregation(), original.baseline(), original.target(), original.values()));
			Evaluator evaluator = new Evaluator(Schemes.builtIn(scheme(random)));
			Evaluation evaluation = evaluator.evaluate(YEAR, table, null, List.of());
			Grading grading = evaluator.grade(YEAR, table);
			assertThat(grading.grades()).as("grades of %s under %s", table, evaluator.scheme().name())
				.isEqualTo(evaluation.rows().stream().map(KpiEvaluation::grade).toList());
			assertThat(grading.summary()).isEqualTo(evaluation.summary());
		});
	}

	/**
	 * A rule compares a measure with its threshold without dividing; right at the
	 * threshold, and a hair either side of it, it must decide as the divided measure does
	 * (which is rounded to 20 decimals).
	 */
	@Test
	void comparingAMeasureDecidesAsItsDividedValueDoes() {
		SeededCases.check(CASES, (random) -> {
			BigDecimal threshold = BigDecimal.valueOf(between(random, 1, 150));
			BigDecimal denominator = new BigDecimal(between(random, 1, 99999) + "." + between(random, 0, 999999))
				.multiply(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1));
			BigDecimal exact = threshold.multiply(denominator).movePointLeft(2);
			BigDecimal hair = BigDecimal.ONE.movePointLeft(between(random, 6, 30));
			for (BigDecimal numerator : List.of(exact, exact.add(hair), exact.subtract(hair))) {
				Measures.Fraction fraction = new Measures.Fraction(numerator, denominator);
				assertThat(fraction.compareTo(threshold)).as("%s ÷ %s against %s", numerator, denominator, threshold)
					.isEqualTo(fraction.value().compareTo(threshold));
			}
		});
	}

	@Test
	void aBuiltInSchemeIsReadOnce() {
		assertThat(Schemes.builtIn("sabc")).isSameAs(Schemes.builtIn("sabc"));
	}

	@Test
	void relistingNeverChangesTheSummary() {
		SeededCases.check(CASES, (random) -> {
			List<KpiFigures> table = table(random, 1, 12);
			KpiFigures original = table.get(between(random, 0, 11) % table.size());
			String scheme = scheme(random);
			List<KpiFigures> withRelisting = new ArrayList<>(table);
			withRelisting.add(
					new KpiFigures(original.id(), "other", original.name(), true, original.unit(), original.direction(),
							original.aggregation(), original.baseline(), original.target(), original.values()));
			Evaluator evaluator = new Evaluator(Schemes.builtIn(scheme));
			assertThat(evaluator.evaluate(YEAR, withRelisting, null, List.of()).summary())
				.as("relisting %s in %s under %s", original, table, scheme)
				.isEqualTo(evaluator.evaluate(YEAR, table, null, List.of()).summary());
		});
	}

	/**
	 * Each KPI counts once, by its own listing where it has one, else by its first
	 * re-listing, in the order of first appearance: as a map from id to row in that order
	 * would keep them.
	 */
	@Test
	void eachKpiCountsOnceByItsOwnListing() {
		SeededCases.check(CASES, (random) -> {
			List<KpiFigures> rows = new ArrayList<>();
			for (KpiFigures kpi : table(random, 1, 40)) {
				String id = random.nextInt(10) == 0 ? null : "k" + random.nextInt(12);
				rows.add(new KpiFigures(id, "p", kpi.name(), random.nextBoolean(), kpi.unit(), kpi.direction(),
						kpi.aggregation(), kpi.baseline(), kpi.target(), kpi.values()));
			}
			Evaluation evaluation = new Evaluator(Schemes.builtIn(scheme(random))).evaluate(YEAR, rows, null,
					List.of());
			java.util.LinkedHashMap<String, KpiEvaluation> expected = new java.util.LinkedHashMap<>();
			for (KpiEvaluation row : evaluation.rows()) {
				if (!row.kpi().relisted()) {
					expected.putIfAbsent(row.kpi().id(), row);
				}
			}
			for (KpiEvaluation row : evaluation.rows()) {
				expected.putIfAbsent(row.kpi().id(), row);
			}
			assertThat(Evaluator.unique(evaluation.rows())).as("rows %s", rows)
				.containsExactlyElementsOf(expected.values());
			assertThat(evaluation.summary().unique()).isEqualTo(expected.size());
		});
	}

	@Test
	void aSchemeNeverGradesAPendingValue() {
		SeededCases.check(CASES, (random) -> {
			KpiFigures kpi = kpi(random);
			String scheme = scheme(random);
			KpiEvaluation evaluation = new Evaluator(Schemes.builtIn(scheme)).evaluate(kpi, YEAR);
			if (kpi.values().get(YEAR) instanceof Actual.Pending) {
				assertThat(evaluation.grade()).as("%s under %s", kpi, scheme).isInstanceOf(Grade.Pending.class);
				assertThat(evaluation.progressRate()).isNull();
			}
			if (evaluation.grade() instanceof Grade.Graded) {
				assertThat(evaluation.actual()).as("%s under %s", kpi, scheme).isNotInstanceOf(Actual.Pending.class);
			}
		});
	}

	@Test
	void improvementEqualsRatioWhenTheBaselineIsZero() {
		SeededCases.check(CASES, (random) -> {
			BigDecimal a = BigDecimal.valueOf(between(random, 1, 100000));
			BigDecimal t = BigDecimal.valueOf(between(random, 1, 100000));
			assertThat(Measures.improvement(a, BigDecimal.ZERO, t).orElseThrow()).as("actual %s, target %s", a, t)
				.isEqualByComparingTo(Measures.ratio(a, t, Direction.INCREASE).orElseThrow());
		});
	}

	@Test
	void aFailingCaseNamesTheSeedToReplay() {
		assertThatThrownBy(() -> SeededCases.check(42L, 10, (random) -> assertThat(random.nextInt(10)).isEqualTo(-1)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("case 1 of 10")
			.hasMessageContaining("seed 42")
			.hasMessageContaining("-D" + SeededCases.SEED_PROPERTY + "=42");
	}

	@Test
	void theSameSeedDrawsTheSameCases() {
		List<KpiFigures> first = new ArrayList<>();
		List<KpiFigures> second = new ArrayList<>();
		SeededCases.check(7L, 5, (random) -> first.add(kpi(random)));
		SeededCases.check(7L, 5, (random) -> second.add(kpi(random)));
		assertThat(first).isEqualTo(second);
	}

	@Test
	void theBuildCarriesNoJqwik() {
		assertThatThrownBy(() -> Class.forName("net.jqwik.api.Property")).isInstanceOf(ClassNotFoundException.class);
	}

}
