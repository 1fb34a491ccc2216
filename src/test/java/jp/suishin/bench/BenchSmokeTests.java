package jp.suishin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jp.suishin.TestDatabases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * {@code bench/run --smoke} in every CI run, so the harness never rots: each workload
 * runs at the small size, and one whose Suishin and baseline disagree (on counts, grades,
 * rows stored) throws {@link Disagreement} and fails this test. No time is asserted.
 */
@EnabledIfEnvironmentVariable(named = TestDatabases.PG_URL, matches = ".+")
class BenchSmokeTests {

	@Test
	void everyWorkloadRunsAndAgreesWithItsBaseline() throws Exception {
		List<Row> rows;
		try (BenchContext context = BenchContext.fromEnvironment(Size.SMOKE)) {
			rows = Bench.run(context, Set.of());
		}
		for (Workload workload : Workloads.all()) {
			assertThat(rows).as(workload.id()).anyMatch(row -> row.workload().startsWith(workload.id()));
		}
		assertThat(rows).filteredOn(row -> row.verdict() != Verdict.PENDING)
			.allSatisfy(row -> assertThat(row.suishin()).as(row.workload()).isNotBlank());
		String table = ResultTable.markdown(Size.SMOKE, rows);
		assertThat(table.lines().filter(line -> line.startsWith("| W"))).hasSize(rows.size());
	}

}
