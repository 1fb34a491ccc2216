package jp.suishin.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.suishin.OnPostgres;
import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.NewKpi;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A value entry racing a collection step, on PostgreSQL, each race run {@value #TRIES}
 * times with both requests released together: a planner's edit against an approval, a
 * planner's sheet upload against an approval, and an edit of a year's value against the
 * lock of that year. Whatever the order, no value changes after it was approved (or its
 * year locked), and a refused entry stores nothing: the value keeps its version and the
 * audit trail has no entry of it. The audit trail's ids give the order in which the
 * writes happened.
 */
@SpringBootTest(properties = "suishin.test.context=races")
@OnPostgres
class EntryRacesOnPostgresTests {

	static final int TRIES = 100;

	@Autowired
	CollectingValues collecting;

	@Autowired
	ValueEntryGate gate;

	@Autowired
	UploadingValues uploading;

	@Autowired
	CollectionRepository collections;

	@Autowired
	KpiRepository kpis;

	@Autowired
	PlanRepository plans;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	Viewer planner;

	Viewer colleague;

	long plan;

	List<Kpi> planKpis;

	ExecutorService threads;

	@BeforeEach
	void setUp() {
		planner = accounts.account("race-planner", "sorachi-bureau", Role.PLANNER);
		colleague = accounts.account("race-colleague", "sorachi-bureau", Role.PLANNER);
		plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		planKpis = kpis.findByPlan(plan);
		threads = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	void anEditRacingAnApproval_neverChangesTheApprovedValue() throws Exception {
		FiscalYear year = FiscalYear.of(2026);
		long collection = open(year);
		Kpi kpi = planKpis.get(0);
		Outcomes outcomes = new Outcomes();
		for (int i = 0; i < TRIES; i++) {
			YearlyValue before = submitted(collection, kpi, year, i);
			long mark = lastAuditId();
			String value = Integer.toString(10_000 + i);
			Race race = race(() -> collecting.approve(planner, collection, kpi.id()),
					() -> stored(gate.enter(colleague, entry(kpi, year, value, before.version()))));
			assertThat(race.step()).as("the approval, try %d", i).isNull();
			outcomes.count(race.entered(),
					checkValue(kpi, year, before, value, race.entered(), mark, "VALUE_APPROVED", "KPI", kpi.id(), i));
		}
		outcomes.assertHeld();
	}

	@Test
	void anUploadRacingAnApproval_neverChangesTheApprovedValue() throws Exception {
		FiscalYear year = FiscalYear.of(2027);
		long collection = open(year);
		Kpi kpi = planKpis.get(1);
		Outcomes outcomes = new Outcomes();
		for (int i = 0; i < TRIES; i++) {
			YearlyValue before = submitted(collection, kpi, year, i);
			long mark = lastAuditId();
			String value = Integer.toString(20_000 + i);
			byte[] sheet = ("評価指標," + year.value() + "\n" + kpi.name() + "," + value + "\n")
				.getBytes(StandardCharsets.UTF_8);
			Race race = race(() -> collecting.approve(planner, collection, kpi.id()),
					() -> uploading.upload(planner, collection, "values.csv", sheet).stored());
			assertThat(race.step()).as("the approval, try %d", i).isNull();
			outcomes.count(race.entered(),
					checkValue(kpi, year, before, value, race.entered(), mark, "VALUE_APPROVED", "KPI", kpi.id(), i));
		}
		outcomes.assertHeld();
	}

	@Test
	void anEditRacingTheLockOfItsYear_neverChangesALockedValue() throws Exception {
		FiscalYear year = FiscalYear.of(2028);
		long collection = open(year);
		for (Kpi kpi : planKpis) {
			enter(kpi, year, "1", 0);
			collecting.submit(planner, collection, kpi.id());
			collecting.approve(planner, collection, kpi.id());
		}
		// A KPI defined after the year was opened has no item: only the lock fixes its
		// value.
		long late = kpis.add(new NewKpi(plan, "race-late-kpi", "競合試験の後から加えた指標", Unit.of("件"), Direction.INCREASE,
				Aggregation.YEARLY, null, null, null, null));
		Kpi kpi = kpis.findById(late).orElseThrow();
		enter(kpi, year, "1", 0);
		Kpi reopened = planKpis.get(0);
		Outcomes outcomes = new Outcomes();
		for (int i = 0; i < TRIES; i++) {
			if (collections.findById(collection).orElseThrow().state() == CollectionState.LOCKED) {
				collecting.reopen(planner, collection, reopened.id(), "競合試験 " + i);
				collecting.submit(planner, collection, reopened.id());
				collecting.approve(planner, collection, reopened.id());
			}
			YearlyValue before = kpis.findValue(kpi.id(), year).orElseThrow();
			long mark = lastAuditId();
			String value = Integer.toString(30_000 + i);
			Race race = race(() -> collecting.lock(planner, collection),
					() -> stored(gate.enter(colleague, entry(kpi, year, value, before.version()))));
			assertThat(race.step()).as("the lock, try %d", i).isNull();
			outcomes.count(race.entered(),
					checkValue(kpi, year, before, value, race.entered(), mark, "COLLECTION_LOCKED", "PLAN", plan, i));
		}
		outcomes.assertHeld();
	}

	/** How the tries came out; every one must have kept the rules. */
	static final class Outcomes {

		int enteredFirst;

		int refused;

		final List<String> broken = new ArrayList<>();

		void count(boolean entered, String violation) {
			if (violation != null) {
				broken.add(violation);
			}
			else if (entered) {
				enteredFirst++;
			}
			else {
				refused++;
			}
		}

		void assertHeld() {
			assertThat(broken).as("tries that broke the rules (entered first %d, refused %d)", enteredFirst, refused)
				.isEmpty();
		}

	}

	/**
	 * What is wrong with one try, or {@code null}: an entry that was refused stored
	 * nothing; one that was taken was written before the step that fixes the value.
	 */
	private String checkValue(Kpi kpi, FiscalYear year, YearlyValue before, String value, boolean entered, long mark,
			String fixingAction, String subjectKind, long subjectId, int attempt) {
		YearlyValue after = kpis.findValue(kpi.id(), year).orElseThrow();
		List<AuditRow> trail = jdbc.sql("""
				SELECT id, action, subject_kind, subject_id FROM audit_entry
				WHERE id > :mark AND ((subject_kind = 'KPI' AND subject_id = :kpi) OR
				      (subject_kind = :kind AND subject_id = :subject))
				ORDER BY id""")
			.param("mark", mark)
			.param("kpi", kpi.id())
			.param("kind", subjectKind)
			.param("subject", subjectId)
			.query(AuditRow.class)
			.list();
		long fixed = trail.stream()
			.filter(r -> r.action().equals(fixingAction) && r.subjectKind().equals(subjectKind)
					&& r.subjectId() == subjectId)
			.mapToLong(AuditRow::id)
			.findFirst()
			.orElse(-1);
		if (fixed < 0) {
			return "try " + attempt + ": no " + fixingAction + " in the trail";
		}
		List<Long> writes = trail.stream()
			.filter(r -> r.subjectKind().equals("KPI") && r.subjectId() == kpi.id()
					&& (r.action().equals("VALUE_SET") || r.action().equals("VALUE_REMOVED")))
			.map(AuditRow::id)
			.toList();
		if (!entered) {
			if (after.version() != before.version() || !writes.isEmpty()) {
				return "try " + attempt + ": refused, yet stored (version " + before.version() + " → " + after.version()
						+ ", audit " + writes + ")";
			}
			return null;
		}
		if (writes.stream().anyMatch(id -> id > fixed)) {
			return "try " + attempt + ": " + value + " was stored after " + fixingAction + " (audit " + writes
					+ " after " + fixed + ")";
		}
		return null;
	}

	record AuditRow(long id, String action, String subjectKind, long subjectId) {
	}

	/**
	 * Brings the KPI's item into SUBMITTED with a value entered for this try (reopening
	 * an approved one first).
	 */
	private YearlyValue submitted(long collection, Kpi kpi, FiscalYear year, int attempt) {
		CollectionItem item = collections.item(collection, kpi.id()).orElseThrow();
		if (item.state() == ItemState.APPROVED) {
			collecting.reopen(planner, collection, kpi.id(), "競合試験 " + attempt);
		}
		int version = kpis.findValue(kpi.id(), year).map(YearlyValue::version).orElse(0);
		enter(kpi, year, Integer.toString(attempt + 1), version);
		collecting.submit(planner, collection, kpi.id());
		return kpis.findValue(kpi.id(), year).orElseThrow();
	}

	private void enter(Kpi kpi, FiscalYear year, String value, int version) {
		assertThat(stored(gate.enter(planner, entry(kpi, year, value, version)))).as("entering " + value).isTrue();
	}

	private static ValueEntry entry(Kpi kpi, FiscalYear year, String value, int version) {
		return new ValueEntry(kpi.id(), Integer.toString(year.value()), value, "確定", null, null, "出典", version);
	}

	private static boolean stored(RecordingOutcome outcome) {
		return outcome instanceof RecordingOutcome.Recorded;
	}

	private long open(FiscalYear year) {
		CollectingValues.Opening opening = collecting.open(planner, plan, Integer.toString(year.value()),
				LocalDate.now().plusDays(30).toString());
		assertThat(opening.problems()).isEmpty();
		return opening.collectionId();
	}

	private long lastAuditId() {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry").query(Long.class).single();
	}

	/**
	 * @param step what the step threw, or {@code null}
	 * @param entered whether the entry was stored
	 */
	record Race(Throwable step, boolean entered) {
	}

	/** Runs the step and the entry at the same moment, each on its own thread. */
	private Race race(Runnable step, Callable<Boolean> entry) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		Future<Throwable> stepped = threads.submit(() -> {
			start.await();
			try {
				step.run();
				return null;
			}
			catch (RuntimeException ex) {
				return ex;
			}
		});
		Future<Boolean> entered = threads.submit(() -> {
			start.await();
			return entry.call();
		});
		return new Race(stepped.get(30, TimeUnit.SECONDS), entered.get(30, TimeUnit.SECONDS));
	}

}
