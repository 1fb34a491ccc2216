package jp.suishin.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code bench/run}: runs every workload at the full size (or {@code --smoke}), prints
 * one table and writes it into {@code docs/benchmarks.md} ({@code --smoke} writes
 * {@code target/bench/smoke.md} instead). {@code --only W1,W5} runs some of them.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> arguments = Arrays.asList(args);
		Size size = arguments.contains("--smoke") ? Size.SMOKE : Size.FULL;
		Set<String> only = Set.of();
		int at = arguments.indexOf("--only");
		if (at >= 0 && at + 1 < arguments.size()) {
			only = Arrays.stream(arguments.get(at + 1).split(",")).map(String::strip).collect(Collectors.toSet());
		}
		List<Row> rows;
		try (BenchContext context = BenchContext.fromEnvironment(size)) {
			rows = run(context, only);
		}
		String table = ResultTable.markdown(size, rows);
		System.out.println();
		System.out.println(table);
		Path file = size == Size.SMOKE ? Path.of("target", "bench", "smoke.md") : Path.of("docs", "benchmarks.md");
		ResultTable.writeInto(file, table);
		System.out.println("written to " + file);
		System.exit(0);
	}

	/**
	 * Runs the workloads (all when {@code only} is empty), printing each row as it comes.
	 */
	public static List<Row> run(BenchContext context, Set<String> only) throws Exception {
		List<Row> rows = new ArrayList<>();
		for (Workload workload : Workloads.all()) {
			if (!only.isEmpty() && !only.contains(workload.id())) {
				continue;
			}
			long started = System.nanoTime();
			System.out.println("== " + workload.id() + " (" + context.size().name() + ")");
			List<Row> produced;
			try {
				produced = workload.run(context);
			}
			finally {
				context.closeApplications();
			}
			produced.forEach(row -> System.out.println("   " + row));
			System.out.printf("   %.1f s%n", (System.nanoTime() - started) / 1e9);
			rows.addAll(produced);
		}
		return rows;
	}

}
