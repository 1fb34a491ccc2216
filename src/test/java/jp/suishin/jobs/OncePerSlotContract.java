package jp.suishin.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scheduled job's slot runs once, however many nodes (here: threads, each with a
 * connection of its own) try it at the same moment; on the embedded database and on
 * PostgreSQL.
 */
abstract class OncePerSlotContract {

	static final int NODES = 4;

	@Autowired
	OncePerSlot once;

	@Autowired
	JdbcClient jdbc;

	/** A job name of the test's own, so that tests sharing a context do not meet. */
	static String job() {
		return "test-" + UUID.randomUUID();
	}

	int runsRecorded(String job) {
		return jdbc.sql("SELECT COUNT(*) FROM job_run WHERE job = :job")
			.param("job", job)
			.query(Integer.class)
			.single();
	}

	@Test
	void nodesRacingForTheSameSlot_runTheWorkOnce() throws Exception {
		String job = job();
		AtomicInteger worked = new AtomicInteger();
		CyclicBarrier start = new CyclicBarrier(NODES);
		ExecutorService nodes = Executors.newFixedThreadPool(NODES);
		try {
			List<Future<Boolean>> ran = new ArrayList<>();
			for (int i = 0; i < NODES; i++) {
				ran.add(nodes.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return once.run(job, "2026-12-01", () -> worked.incrementAndGet() > 0);
				}));
			}
			int ranHere = 0;
			for (Future<Boolean> result : ran) {
				ranHere += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(worked).hasValue(1);
			assertThat(ranHere).isEqualTo(1);
			assertThat(runsRecorded(job)).isEqualTo(1);
		}
		finally {
			nodes.shutdownNow();
		}
	}

	@Test
	void aSlotThatRan_isSkipped_theNextSlotRuns() {
		String job = job();
		AtomicInteger worked = new AtomicInteger();
		assertThat(once.run(job, "2026-12-01", () -> worked.incrementAndGet() > 0)).isTrue();
		assertThat(once.run(job, "2026-12-01", () -> worked.incrementAndGet() > 0)).isFalse();
		assertThat(worked).hasValue(1);
		assertThat(once.run(job, "2026-12-02", () -> worked.incrementAndGet() > 0)).isTrue();
		assertThat(worked).hasValue(2);
		assertThat(runsRecorded(job)).isEqualTo(2);
	}

	@Test
	void workThatFails_leavesTheSlotFree_forTheNextFiring() {
		String job = job();
		assertThatThrownBy(() -> once.run(job, "2026-12-01", () -> {
			throw new IllegalStateException("mail server gone");
		})).hasMessage("mail server gone");
		assertThat(runsRecorded(job)).isZero();
		AtomicInteger worked = new AtomicInteger();
		assertThat(once.run(job, "2026-12-01", () -> worked.incrementAndGet() > 0)).isTrue();
		assertThat(worked).hasValue(1);
	}

	@Test
	void workWithNothingToDoYet_leavesTheSlotFree() {
		String job = job();
		assertThat(once.run(job, "2026-12-01", () -> false)).isFalse();
		assertThat(runsRecorded(job)).isZero();
		assertThat(once.run(job, "2026-12-01", () -> true)).isTrue();
		assertThat(runsRecorded(job)).isEqualTo(1);
	}

}
