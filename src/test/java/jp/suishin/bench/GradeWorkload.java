package jp.suishin.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.suishin.progress.GradeSummary;
import jp.suishin.progress.Schemes;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * W1 grade. (a) In-process: the whole national pass (every plan, the last year, every
 * built-in scheme, with summaries) through the product's engine against the
 * {@code double} twin, timed by JMH ({@link GradeBenchmark}), and the pass's CPU time.
 * (b) End to end from PostgreSQL: see {@link GradeFromDatabase}.
 */
final class GradeWorkload implements Workload {

	@Override
	public String id() {
		return "W1";
	}

	@Override
	public List<Row> run(BenchContext context) throws Exception {
		List<Row> rows = new ArrayList<>(inProcess(context));
		rows.addAll(new GradeFromDatabase().run(context));
		return rows;
	}

	private List<Row> inProcess(BenchContext context) throws Exception {
		GradeBenchmark.Inputs inputs = GradeBenchmark.Inputs.of(context.national());
		agree(inputs);
		double cpu = cpuSecondsOfAPass(inputs::suishin, context.smoke() ? 1 : 5);
		double twinCpu = cpuSecondsOfAPass(inputs::twin, context.smoke() ? 1 : 5);
		ChainedOptionsBuilder options = new OptionsBuilder().include(GradeBenchmark.class.getName() + "\\.")
			.param("size", context.size().name())
			.shouldFailOnError(true);
		if (context.smoke()) {
			options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(300));
		}
		else {
			options.forks(1)
				.jvmArgsAppend("-Xmx3g")
				// a pass of the engine takes ~0.5 s: enough warm-up passes for the JIT
				.warmupIterations(5)
				.warmupTime(TimeValue.seconds(4))
				.measurementIterations(5)
				.measurementTime(TimeValue.seconds(4));
		}
		Collection<RunResult> results = new Runner(options.build()).run();
		double suishin = score(results, "suishin");
		double twin = score(results, "twin");
		String pass = inputs.figures().size() + " plans × " + Schemes.BUILT_IN.size() + " schemes";
		return List.of(
				Row.ratio("W1a grade in-process (JMH, ms per pass)", suishin, twin, "ms", 10,
						pass + "; Evaluator.grade against the double twin"),
				Row.bound("W1a grade, CPU of the full pass", cpu, "s", 1.0,
						String.format(java.util.Locale.ROOT,
								"thread CPU time of one pass, best of warm runs; the twin's %.3f s (%.1f×)", twinCpu,
								cpu / twinCpu)));
	}

	/**
	 * Per plan and scheme, the engine's count of each grade (and shares) are the twin's.
	 */
	static void agree(GradeBenchmark.Inputs inputs) {
		List<Object> engine = new ArrayList<>();
		List<Object> twin = new ArrayList<>();
		inputs.suishin(engine::add);
		inputs.twin(twin::add);
		int plans = inputs.figures().size();
		List<DoubleGrading.Scheme> schemes = DoubleGrading.of(Schemes.BUILT_IN);
		for (int s = 0; s < schemes.size(); s++) {
			DoubleGrading.Scheme scheme = schemes.get(s);
			for (int p = 0; p < plans; p++) {
				GradeSummary summary = (GradeSummary) engine.get(p * schemes.size() + s);
				int[] counts = (int[]) twin.get(3 * (p * schemes.size() + s));
				int[] percents = (int[]) twin.get(3 * (p * schemes.size() + s) + 1);
				String what = "W1a grades of plan " + p + " under " + scheme.code;
				Disagreement.check("W1", what, counts(summary), DoubleGrading.byLabel(scheme, counts));
				Disagreement.check("W1", what + " (percent)", percents(summary),
						DoubleGrading.byLabel(scheme, percents));
			}
		}
	}

	static Map<String, Integer> counts(GradeSummary summary) {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		summary.grades().forEach(g -> counts.merge(g.label(), g.count(), Integer::sum));
		return counts;
	}

	private static Map<String, Integer> percents(GradeSummary summary) {
		Map<String, Integer> percents = new java.util.LinkedHashMap<>();
		summary.grades()
			.stream()
			.filter(g -> g.percent() > 0)
			.forEach(g -> percents.merge(g.label(), g.percent(), Integer::sum));
		return percents;
	}

	private static double cpuSecondsOfAPass(java.util.function.Consumer<GradeBenchmark.Inputs.Sink> pass, int runs) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] sink = new long[1];
		GradeBenchmark.Inputs.Sink count = summary -> sink[0]++;
		for (int i = 0; i < runs; i++) {
			pass.accept(count);
		}
		long best = Long.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			long started = threads.getCurrentThreadCpuTime();
			pass.accept(count);
			best = Math.min(best, threads.getCurrentThreadCpuTime() - started);
		}
		return best / 1e9;
	}

	private static double score(Collection<RunResult> results, String benchmark) {
		return results.stream()
			.filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("JMH ran no " + benchmark))
			.getPrimaryResult()
			.getScore();
	}

}
