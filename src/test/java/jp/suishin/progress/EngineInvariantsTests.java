package jp.suishin.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the engine over generated KPI tables. */
class EngineInvariantsTests {

	static final FiscalYear YEAR = FiscalYear.of(2024);

	@Provide
	Arbitrary<KpiFigures> kpis() {
		Arbitrary<BigDecimal> amounts = Arbitraries.integers().between(-500, 5000).map(BigDecimal::valueOf);
		Arbitrary<Actual> actuals = Arbitraries.oneOf(amounts.map(Actual.Confirmed::new),
				amounts.map(Actual.Preliminary::new), Arbitraries.just(new Actual.Pending(7)));
		Arbitrary<Direction> directions = Arbitraries.of(Direction.class);
		return Combinators
			.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), directions, amounts.injectNull(0.2),
					amounts.injectNull(0.1), actuals.injectNull(0.2), actuals.injectNull(0.3))
			.as((name, direction, baseline, target, now, before) -> {
				TreeMap<FiscalYear, Actual> values = new TreeMap<>();
				if (now != null) {
					values.put(YEAR, now);
				}
				if (before != null) {
					values.put(FiscalYear.of(2023), before);
				}
				return new KpiFigures(name, "p", name, false, Unit.of("人"), direction, Aggregation.YEARLY,
						baseline == null ? null : new Baseline(baseline, FiscalYear.of(2020)),
						target == null ? null : new Target(target, FiscalYear.of(2027)), values);
			});
	}

	@Provide
	Arbitrary<String> schemes() {
		return Arbitraries.of(Schemes.BUILT_IN);
	}

	private static List<KpiFigures> unique(List<KpiFigures> kpis) {
		List<KpiFigures> unique = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (KpiFigures kpi : kpis) {
			if (!ids.contains(kpi.id())) {
				ids.add(kpi.id());
				unique.add(kpi);
			}
		}
		return unique;
	}

	@Property
	void sharesAddUpToAHundredPercentAndTenTenths(@ForAll @Size(min = 1, max = 20) List<@From("kpis") KpiFigures> kpis,
			@ForAll("schemes") String scheme) {
		GradeSummary summary = new Evaluator(Schemes.builtIn(scheme)).evaluate(YEAR, unique(kpis), null, List.of())
			.summary();
		assertThat(summary.grades().stream().mapToInt(GradeSummary.GradeCount::percent).sum()).isEqualTo(100);
		assertThat(summary.grades().stream().mapToInt(GradeSummary.GradeCount::tenths).sum()).isEqualTo(10);
		assertThat(summary.evaluated() + summary.pending() + summary.none()).isEqualTo(summary.unique());
	}

	@Property
	void relistingNeverChangesTheSummary(@ForAll @Size(min = 1, max = 12) List<@From("kpis") KpiFigures> kpis,
			@ForAll @IntRange(min = 0, max = 11) int relist, @ForAll("schemes") String scheme) {
		List<KpiFigures> table = unique(kpis);
		KpiFigures original = table.get(relist % table.size());
		List<KpiFigures> withRelisting = new ArrayList<>(table);
		withRelisting
			.add(new KpiFigures(original.id(), "other", original.name(), true, original.unit(), original.direction(),
					original.aggregation(), original.baseline(), original.target(), original.values()));
		Evaluator evaluator = new Evaluator(Schemes.builtIn(scheme));
		assertThat(evaluator.evaluate(YEAR, withRelisting, null, List.of()).summary())
			.isEqualTo(evaluator.evaluate(YEAR, table, null, List.of()).summary());
	}

	@Property
	void aSchemeNeverGradesAPendingValue(@ForAll("kpis") KpiFigures kpi, @ForAll("schemes") String scheme) {
		KpiEvaluation evaluation = new Evaluator(Schemes.builtIn(scheme)).evaluate(kpi, YEAR);
		if (kpi.values().get(YEAR) instanceof Actual.Pending) {
			assertThat(evaluation.grade()).isInstanceOf(Grade.Pending.class);
			assertThat(evaluation.progressRate()).isNull();
		}
		if (evaluation.grade() instanceof Grade.Graded) {
			assertThat(evaluation.actual()).isNotInstanceOf(Actual.Pending.class);
		}
	}

	@Property
	void improvementEqualsRatioWhenTheBaselineIsZero(@ForAll @IntRange(min = 1, max = 100000) int actual,
			@ForAll @IntRange(min = 1, max = 100000) int target) {
		BigDecimal a = BigDecimal.valueOf(actual);
		BigDecimal t = BigDecimal.valueOf(target);
		assertThat(Measures.improvement(a, BigDecimal.ZERO, t).orElseThrow())
			.isEqualByComparingTo(Measures.ratio(a, t, Direction.INCREASE).orElseThrow());
	}

}
