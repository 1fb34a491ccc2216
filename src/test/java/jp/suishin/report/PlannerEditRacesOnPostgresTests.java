package jp.suishin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.suishin.OnPostgres;
import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.CollectionItem;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.collection.ItemState;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.SettingMilestone;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A planner's milestone of a year against the approval of the KPI's value of that year,
 * at the same moment, 50 times on PostgreSQL: the check that the year is not fixed and
 * the write run in one transaction under the collection's row lock, so a milestone is
 * either stored before the value is approved or refused and not stored at all.
 */
@SpringBootTest
@DirtiesContext
@OnPostgres
class PlannerEditRacesOnPostgresTests {

	static final int TRIES = 50;

	static final FiscalYear YEAR = FiscalYear.of(2024);

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	CollectionRepository collections;

	@Autowired
	CollectingValues collecting;

	@Autowired
	SettingMilestone milestones;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMilestoneAgainstAnApproval_isNeverStoredAfterTheValueIsApproved() throws Exception {
		Viewer planner = accounts.account("race-planner", "iwamizawa", Role.PLANNER);
		long plan = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		long kpi = kpis.findByKey("iwamizawa-agricultural-output").orElseThrow().id();
		long collection = collections.open(plan, YEAR, LocalDate.now().plusMonths(1), List.of(kpi), "test");
		List<String> violations = new ArrayList<>();
		int stored = 0;
		int refused = 0;
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < TRIES; i++) {
				ItemState now = collections.item(collection, kpi).orElseThrow().state();
				if (now != ItemState.SUBMITTED) {
					assertThat(collections.moveItem(collection, kpi, now, ItemState.SUBMITTED, null, "test")).isTrue();
				}
				Optional<BigDecimal> before = Optional.ofNullable(kpis.milestones(kpi).get(YEAR));
				String value = Integer.toString(1000 + i);
				CountDownLatch start = new CountDownLatch(1);
				Future<Boolean> milestone = pool.submit(() -> {
					start.await();
					try {
						return milestones.set(planner, kpi, "2024", value).isEmpty();
					}
					catch (Refused ex) {
						return false;
					}
				});
				Future<?> approval = pool.submit(() -> {
					start.await();
					collecting.approve(planner, collection, kpi);
					return null;
				});
				start.countDown();
				boolean milestoneStored = milestone.get();
				approval.get();
				CollectionItem item = collections.item(collection, kpi).orElseThrow();
				assertThat(item.state()).isEqualTo(ItemState.APPROVED);
				if (milestoneStored) {
					stored++;
					Instant written = jdbc
						.sql("SELECT updated_at FROM kpi_milestone WHERE kpi_id = :kpi AND fiscal_year = :year")
						.param("kpi", kpi)
						.param("year", YEAR.value())
						.query(Timestamp.class)
						.single()
						.toInstant();
					if (!written.isBefore(item.updatedAt())) {
						violations
							.add("try " + i + ": milestone written " + written + ", approved " + item.updatedAt());
					}
				}
				else {
					refused++;
					if (!Optional.ofNullable(kpis.milestones(kpi).get(YEAR)).equals(before)) {
						violations.add("try " + i + ": refused, yet the milestone changed");
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(violations).as("stored %d, refused %d", stored, refused).isEmpty();
		assertThat(stored + refused).isEqualTo(TRIES);
	}

}
