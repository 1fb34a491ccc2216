package jp.suishin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.progress.Evaluator;
import jp.suishin.progress.GradeSummary;
import jp.suishin.progress.Grading;
import jp.suishin.progress.KpiFigures;
import jp.suishin.progress.Schemes;
import jp.suishin.progress.YearlyActuals;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * W1a under JMH: one operation is the whole pass, every plan of the national dataset
 * graded for the last year under every built-in scheme, with its summary.
 * {@link #suishin} goes through the product's engine ({@link Evaluator#grade}),
 * {@link #twin} through the {@code double} twin over arrays. Making the inputs from the
 * generated dataset is set-up, not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GradeBenchmark {

	@Param("smoke")
	public String size;

	Inputs inputs;

	@Setup(Level.Trial)
	public void setUp() {
		inputs = Inputs.of(NationalDataset.generate(Size.named(size)));
	}

	@Benchmark
	public void suishin(Blackhole out) {
		inputs.suishin(out::consume);
	}

	@Benchmark
	public void twin(Blackhole out) {
		inputs.twin(out::consume);
	}

	/** The pass's inputs, both ways: KpiFigures for the engine, arrays for the twin. */
	record Inputs(FiscalYear year, List<List<KpiFigures>> figures, List<DoubleGrading.Plan> arrays) {

		static Inputs of(NationalDataset dataset) {
			Size size = dataset.size();
			List<List<KpiFigures>> figures = new ArrayList<>();
			List<DoubleGrading.Plan> arrays = new ArrayList<>();
			for (NationalDataset.GeneratedPlan plan : dataset.plans()) {
				figures.add(figures(plan, size));
				arrays.add(DoubleGrading.Plan.of(plan, size));
			}
			return new Inputs(FiscalYear.of(size.lastYear()), figures, arrays);
		}

		/**
		 * A generated plan's KPIs as the engine takes them, as read from the database.
		 */
		static List<KpiFigures> figures(NationalDataset.GeneratedPlan plan, Size size) {
			List<KpiFigures> rows = new ArrayList<>(plan.kpis().size());
			for (NationalDataset.GeneratedKpi kpi : plan.kpis()) {
				TreeMap<FiscalYear, Actual> values = new TreeMap<>();
				for (int i = 0; i < kpi.values().length; i++) {
					if (kpi.values()[i] != null) {
						values.put(FiscalYear.of(size.firstYear() + i), new Actual.Confirmed(kpi.values()[i]));
					}
				}
				rows.add(new KpiFigures(kpi.key(), "基本目標1", kpi.name(), false, Unit.of(kpi.unit()), kpi.direction(),
						kpi.aggregation(), new Baseline(kpi.baseline(), FiscalYear.of(kpi.baselineYear())),
						new Target(kpi.target(), FiscalYear.of(kpi.targetYear())), YearlyActuals.of(values)));
			}
			return rows;
		}

		/** Receives each plan's summary (the benchmark's black hole, or a check). */
		interface Sink {

			void take(Object summary);

		}

		/**
		 * Plan by plan, each under every scheme (as a national read grades them, a plan's
		 * rows at a time): every plan's summary, the schemes' in their order.
		 */
		void suishin(Sink out) {
			List<Evaluator> evaluators = new ArrayList<>();
			for (String name : Schemes.BUILT_IN) {
				evaluators.add(new Evaluator(Schemes.builtIn(name)));
			}
			for (List<KpiFigures> plan : figures) {
				for (Evaluator evaluator : evaluators) {
					Grading grading = evaluator.grade(year, plan);
					GradeSummary summary = grading.summary();
					out.take(summary);
				}
			}
		}

		/** In the same order: each plan's counts and shares in %, in 割, per scheme. */
		void twin(Sink out) {
			int y = year.value();
			List<DoubleGrading.Scheme> schemes = DoubleGrading.of(Schemes.BUILT_IN);
			for (DoubleGrading.Plan plan : arrays) {
				for (DoubleGrading.Scheme scheme : schemes) {
					int[] counts = DoubleGrading.counts(scheme, plan, y);
					out.take(counts);
					out.take(DoubleGrading.shares(counts, 100));
					out.take(DoubleGrading.shares(counts, 10));
				}
			}
		}

	}

}
