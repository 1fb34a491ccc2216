package jp.suishin.bench;

import java.util.List;

/** Every workload of the harness, in the order {@code bench/run} runs them. */
public final class Workloads {

	private Workloads() {
	}

	public static List<Workload> all() {
		return List.of(new GradeWorkload(), new LoadWorkload(), new UploadWorkload(), new PlanImportWorkload(),
				new ReportWorkload(), new WebWorkload(), new AccessWorkload());
	}

	/** A workload that a later issue brings: its row says so. */
	record PendingWorkload(String id, String name, String why) implements Workload {

		@Override
		public List<Row> run(BenchContext context) {
			return List.of(Row.pending(name, why));
		}

	}

}
