package jp.suishin.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.ImportingValues;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people store the same new year's value at once: one transaction holds its new row
 * open (a latch) while the other inserts the same KPI and year, waits for it, and finds
 * the key taken when the first commits. The second gets the usual "changed by somebody
 * else" conflict naming the value now stored, and stores nothing of its batch, whether it
 * came as a batch (a sheet, through {@link ValueEntryGate#enterAll}) or as one page
 * entry. Run by {@link NewValueRacesOnEmbeddedDatabaseTests} always and
 * {@link NewValueRacesOnPostgresTests} when PostgreSQL is configured (there the batch's
 * new rows go in by COPY, and a duplicate key aborts the transaction).
 */
abstract class NewValueRacesContract {

	@Autowired
	ValueEntryGate gate;

	@Autowired
	KpiRepository kpis;

	@Autowired
	PlanRepository plans;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlatformTransactionManager transactions;

	Viewer first;

	Viewer second;

	long plan;

	List<Kpi> planKpis;

	ExecutorService threads;

	/**
	 * Whether a session waits for another's lock (the second insert, on the first's row).
	 */
	abstract boolean someoneWaits();

	/**
	 * How long the second entry is given to start waiting, unless seen to wait sooner.
	 */
	abstract java.time.Duration waitingTime();

	@BeforeEach
	void setUp() {
		first = accounts.account("nvr-first", "sorachi-bureau", Role.PLANNER);
		second = accounts.account("nvr-second", "sorachi-bureau", Role.PLANNER);
		plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		planKpis = kpis.findByPlan(plan);
		threads = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	void aSheetStoringAYearSomebodyJustStored_isAConflict_andStoresNothing() throws Exception {
		FiscalYear year = FiscalYear.of(2028);
		Kpi raced = planKpis.get(3);
		Kpi other = planKpis.get(4);

		ImportingValues.Outcome outcome = whileHeldOpen(raced, year,
				() -> gate.enterAll(second, plan, List.of(entry(raced, year, "200"), entry(other, year, "300"))));

		assertThat(outcome).isInstanceOfSatisfying(ImportingValues.Outcome.Refused.class,
				refused -> assertThat(refused.problems()).singleElement().satisfies(p -> {
					assertThat(p.index()).isZero();
					assertConflictNamingTheFirst(p.problem(), raced);
				}));
		assertThat(kpis.findValue(raced.id(), year)).hasValueSatisfying(v -> {
			assertThat(v.updatedBy()).isEqualTo(first.actor());
			assertThat(v.version()).isEqualTo(1);
		});
		assertThat(kpis.findValue(other.id(), year)).as("nothing of the batch is stored").isEmpty();
	}

	@Test
	void aPageEntryOfAYearSomebodyJustStored_isAConflict_andStoresNothing() throws Exception {
		FiscalYear year = FiscalYear.of(2029);
		Kpi raced = planKpis.get(5);

		RecordingOutcome outcome = whileHeldOpen(raced, year, () -> gate.enter(second, entry(raced, year, "200")));

		assertThat(outcome).isInstanceOfSatisfying(RecordingOutcome.Rejected.class, rejected -> {
			assertThat(rejected.kind()).isEqualTo(RecordingOutcome.Kind.CONFLICT);
			assertThat(rejected.problems()).singleElement().satisfies(p -> assertConflictNamingTheFirst(p, raced));
		});
		assertThat(kpis.findValue(raced.id(), year)).hasValueSatisfying(v -> {
			assertThat(v.updatedBy()).isEqualTo(first.actor());
			assertThat(v.version()).isEqualTo(1);
		});
	}

	private void assertConflictNamingTheFirst(FieldProblem problem, Kpi kpi) {
		assertThat(problem.field()).isEqualTo("value");
		assertThat(problem.problem().messageKey()).isEqualTo("kpi.value.conflict");
		assertThat(problem.problem().arguments()).singleElement().asString().contains(first.actor()).contains("100");
	}

	/**
	 * The first person's batch stores the KPI's year and holds its transaction open while
	 * the second's entry runs; released once the second waits for it.
	 */
	private <T> T whileHeldOpen(Kpi kpi, FiscalYear year, Supplier<T> secondEntry) throws Exception {
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<ImportingValues.Outcome> held = threads
			.submit(() -> new TransactionTemplate(transactions).execute(status -> {
				ImportingValues.Outcome stored = gate.enterAll(first, plan, List.of(entry(kpi, year, "100")));
				written.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return stored;
			}));
		assertThat(written.await(60, TimeUnit.SECONDS)).as("the first batch is written").isTrue();
		Future<T> racing = threads.submit(secondEntry::get);
		long until = System.nanoTime() + waitingTime().toNanos();
		while (!racing.isDone() && !someoneWaits() && System.nanoTime() < until) {
			Thread.sleep(20);
		}
		assertThat(racing.isDone()).as("the second entry waits for the first").isFalse();
		release.countDown();
		assertThat(held.get(60, TimeUnit.SECONDS)).isEqualTo(new ImportingValues.Outcome.Stored(1));
		return racing.get(60, TimeUnit.SECONDS);
	}

	private static ValueEntry entry(Kpi kpi, FiscalYear year, String value) {
		return new ValueEntry(kpi.id(), Integer.toString(year.value()), value, "確定", null, null, null, 0);
	}

}
