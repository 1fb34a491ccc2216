package jp.suishin.collection.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.suishin.TestAccounts;
import jp.suishin.account.MovableClock;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily job on the embedded database: once a collection's deadline has passed, the
 * job reminds its departments with values outstanding, attributed to the system, and
 * however often and on however many nodes it fires that day, it reminds once. (Two real
 * nodes on PostgreSQL: {@code TwoNodesJarIT}.)
 */
@SpringBootTest
@Import(MovableClock.Config.class)
class DailyRemindersTests {

	@Autowired
	OverdueReminderJob job;

	@Autowired
	CollectingValues collecting;

	@Autowired
	CollectionRepository collections;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	AuditTrail audit;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pastTheDeadline_theOverdueDepartmentsAreRemindedOnce_byTheSystem() throws Exception {
		Viewer planner = accounts.account("dr-planner", "sorachi-bureau", Role.PLANNER);
		accounts.editor("dr-farming", "sorachi-bureau", "農務課");
		long plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		long id = collecting.open(planner, plan, "2026", LocalDate.now(clock).plusDays(1).toString()).collectionId();
		collecting.assign(planner, kpis.findByPlan(plan).get(0).id(),
				accounts.department("sorachi-bureau", "農務課").id());

		job.remindOverdueDepartments();
		assertThat(collections.reminders(id)).as("not overdue yet").isEmpty();

		clock.advance(Duration.ofDays(3));
		int nodes = 3;
		CyclicBarrier together = new CyclicBarrier(nodes);
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		try {
			List<Future<?>> firings = new ArrayList<>();
			for (int i = 0; i < nodes; i++) {
				firings.add(pool.submit(() -> {
					together.await(30, TimeUnit.SECONDS);
					job.remindOverdueDepartments();
					return null;
				}));
			}
			for (Future<?> firing : firings) {
				firing.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		job.remindOverdueDepartments();

		assertThat(collections.reminders(id)).singleElement()
			.satisfies(r -> assertThat(r.sentBy()).isEqualTo(CollectingValues.SYSTEM))
			.satisfies(r -> assertThat(r.message()).contains("締切は" + LocalDate.now(clock).minusDays(2)));
		assertThat(audit.of(AuditSubject.plan(plan))).filteredOn(e -> e.action() == AuditAction.REMINDER_SENT)
			.singleElement()
			.satisfies(e -> assertThat(e.actor()).isEqualTo(CollectingValues.SYSTEM));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM job_run WHERE job = :job AND slot = :slot")
			.param("job", OverdueReminderJob.JOB)
			.param("slot", OverdueReminderJob.slot(LocalDate.now(clock).toString(), id))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
