package jp.suishin.collection;

import static jp.suishin.collection.InMemory.FARMING;
import static jp.suishin.collection.InMemory.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.refusal.Problem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The yearly collection's use case on ports in memory: each step asks the collection
 * under its lock, refuses with the kind the channels map (forbidden, conflict, invalid on
 * a field), and writes and audits only what it allowed.
 */
class CollectingValuesTests {

	final InMemory memory = new InMemory();

	final CollectingValues collecting = memory.collecting;

	final Kpi farmingKpi = memory.kpi(1, FARMING);

	final Kpi planningKpi = memory.kpi(2, PLANNING);

	final Viewer planner = InMemory.planner();

	final Viewer farming = InMemory.editorOf(FARMING);

	long id;

	@BeforeEach
	void open() {
		CollectingValues.Opening opening = collecting.open(planner, InMemory.PLAN, "R8", "2026-09-30");
		assertThat(opening.problems()).isEmpty();
		id = opening.collectionId();
	}

	void enter(Viewer viewer, Kpi kpi, String value) {
		memory.gate.enter(viewer, new ValueEntry(kpi.id(), "2026", value, "確定", null, null, null, null));
	}

	static Problem conflict(Runnable step) {
		try {
			step.run();
		}
		catch (CollectionRefused ex) {
			return ex.problem();
		}
		throw new AssertionError("not refused");
	}

	static Refusal refusal(Runnable step) {
		try {
			step.run();
		}
		catch (Refused ex) {
			return ex.refusal();
		}
		throw new AssertionError("not refused");
	}

	ItemState state(Kpi kpi) {
		return memory.collections.storedItem(id, kpi.id()).state();
	}

	@Test
	void openingRefusesAYearOutsideThePlanPeriod_andAPastDeadline_perField() {
		assertThat(collecting.open(planner, InMemory.PLAN, "2040", "2020-01-01").problems()).containsOnlyKeys("year",
				"deadline");
		assertThat(collecting.open(planner, InMemory.PLAN, "2040", "x").problems().get("year"))
			.isEqualTo(Problem.of("fiscal-year.outside-period", "R22", "R7", "R11"));
		assertThatThrownBy(() -> collecting.open(farming, InMemory.PLAN, "2027", "2026-09-30"))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void aDepartmentSubmitsOnlyItsOwnValue_andOnlyOnceEntered() {
		assertThat(conflict(() -> collecting.submit(farming, id, farmingKpi.id())))
			.isEqualTo(Problem.of("collection.submit.no-value", "R8"));
		assertThatThrownBy(() -> collecting.submit(farming, id, planningKpi.id())).isInstanceOf(AccessDenied.class);
		enter(farming, farmingKpi, "10");
		collecting.submit(farming, id, farmingKpi.id());
		assertThat(state(farmingKpi)).isEqualTo(ItemState.SUBMITTED);
		assertThat(conflict(() -> collecting.submit(farming, id, farmingKpi.id())))
			.isEqualTo(Problem.of("collection.submit.not-editable"));
	}

	@Test
	void returningNeedsAComment_onTheCommentField_andASubmittedValue() {
		enter(farming, farmingKpi, "10");
		assertThat(conflict(() -> collecting.returnValue(planner, id, farmingKpi.id(), "x")))
			.isEqualTo(Problem.of("collection.return.not-submitted"));
		collecting.submit(farming, id, farmingKpi.id());
		assertThat(refusal(() -> collecting.returnValue(planner, id, farmingKpi.id(), "  ")))
			.isEqualTo(Refusal.Invalid.of("comment", Problem.of("collection.return.comment-required")));
		assertThat(refusal(() -> collecting.returnValue(planner, id, farmingKpi.id(), "x".repeat(2001))))
			.isEqualTo(Refusal.Invalid.of("comment", Problem.of("collection.remark.too-long", 2000)));
		assertThatThrownBy(() -> collecting.returnValue(farming, id, farmingKpi.id(), "x"))
			.isInstanceOf(AccessDenied.class);
		assertThat(state(farmingKpi)).isEqualTo(ItemState.SUBMITTED);

		collecting.returnValue(planner, id, farmingKpi.id(), " 単位を確認 ");
		assertThat(memory.collections.storedItem(id, farmingKpi.id()).remark()).isEqualTo("単位を確認");
	}

	@Test
	void anApprovedValue_isReopenedOnlyWithAReason_andAReopenOpensALockedYear() {
		for (Kpi kpi : List.of(farmingKpi, planningKpi)) {
			enter(planner, kpi, "10");
			collecting.submit(planner, id, kpi.id());
			assertThatThrownBy(() -> collecting.approve(farming, id, kpi.id())).isInstanceOf(AccessDenied.class);
			collecting.approve(planner, id, kpi.id());
		}
		assertThat(conflict(() -> collecting.approve(planner, id, farmingKpi.id())))
			.isEqualTo(Problem.of("collection.approve.not-submitted"));
		collecting.lock(planner, id);
		assertThat(conflict(() -> collecting.lock(planner, id))).isEqualTo(Problem.of("collection.locked", "R8"));

		assertThat(refusal(() -> collecting.reopen(planner, id, farmingKpi.id(), "")))
			.isEqualTo(Refusal.Invalid.of("reason", Problem.of("reason.required")));
		assertThat(memory.collections.stored(id).state()).isEqualTo(CollectionState.LOCKED);
		collecting.reopen(planner, id, farmingKpi.id(), "県の確定値が公表されたため");
		assertThat(memory.collections.stored(id).state()).isEqualTo(CollectionState.OPEN);
		assertThat(state(farmingKpi)).isEqualTo(ItemState.REOPENED);
		assertThat(memory.audit.entries()).extracting(AuditEntry::action)
			.containsSubsequence(AuditAction.VALUE_APPROVED, AuditAction.COLLECTION_LOCKED, AuditAction.VALUE_REOPENED);
	}

	@Test
	void theYearLocks_onlyWhenEveryValueIsApproved_andOnlyForAPlanner() {
		enter(planner, farmingKpi, "10");
		collecting.submit(planner, id, farmingKpi.id());
		collecting.approve(planner, id, farmingKpi.id());
		assertThat(conflict(() -> collecting.lock(planner, id)))
			.isEqualTo(Problem.of("collection.lock.not-all-approved", 1L));
		assertThatThrownBy(() -> collecting.lock(farming, id)).isInstanceOf(AccessDenied.class);
		assertThat(memory.collections.stored(id).state()).isEqualTo(CollectionState.OPEN);
		assertThat(memory.audit.entries()).extracting(AuditEntry::action).doesNotContain(AuditAction.COLLECTION_LOCKED);
	}

	@Test
	void everyStep_asksAndWrites_inOneUnitOfWork_underTheCollectionsLock() {
		enter(planner, farmingKpi, "10");
		memory.journal.clear();
		collecting.submit(planner, id, farmingKpi.id());
		collecting.approve(planner, id, farmingKpi.id());
		collecting.reopen(planner, id, farmingKpi.id(), "訂正");
		assertThat(memory.journal).noneMatch(step -> step.startsWith("outside"));
		assertThat(memory.journal).containsSubsequence("lock collection " + id, "item " + id + "/1",
				"move " + id + "/1 to SUBMITTED", "lock collection " + id, "move " + id + "/1 to APPROVED",
				"lock collection " + id, "move " + id + "/1 to REOPENED");
	}

	@Test
	void aDepartmentsName_isRequired_andAtMost200Characters() {
		assertThat(refusal(() -> collecting.addDepartment(planner, InMemory.PLAN, " ")))
			.isEqualTo(Refusal.Invalid.of("name", Problem.of("collection.department.name.required")));
		assertThat(refusal(() -> collecting.addDepartment(planner, InMemory.PLAN, "課".repeat(201))))
			.isEqualTo(Refusal.Invalid.of("name", Problem.of("collection.department.name.too-long", 200)));
		assertThat(collecting.addDepartment(planner, InMemory.PLAN, " 商工労働観光課 ").name()).isEqualTo("商工労働観光課");
		assertThatThrownBy(() -> collecting.addDepartment(farming, InMemory.PLAN, "課"))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void remindersGoToTheDepartmentsWithValuesOutstanding() {
		enter(planner, planningKpi, "1");
		collecting.submit(planner, id, planningKpi.id());
		CollectingValues.Reminding reminding = collecting.remind(planner, id, "件名", "本文");
		assertThat(reminding.departments()).isEqualTo(1);
		assertThat(memory.mailed).containsExactly("editor-" + FARMING + "@example.jp");
		assertThatThrownBy(() -> collecting.remind(farming, id, "s", "b")).isInstanceOf(AccessDenied.class);
	}

	/** The same use case on the same ports, on a later day. */
	CollectingValues on(String day) {
		Clock later = Clock.fixed(Instant.parse(day + "T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
		return new CollectingValues(memory.collections, memory.kpis, memory.plans, memory.departments, memory.accounts,
				memory.access, memory.audit, (to, subject, body) -> memory.mailed.addAll(to), later, memory.work);
	}

	static final ReminderWording WORDING = (plan, collection) -> new ReminderWording.Words("件名",
			plan.name() + " " + collection.year().eraLabel() + " 締切 " + collection.deadline());

	@Test
	void theDailyReminders_remindTheDepartmentsWithValuesOutstanding_onceTheDeadlineHasPassed() {
		enter(planner, planningKpi, "1");
		collecting.submit(planner, id, planningKpi.id());
		assertThat(on("2026-09-30").overdueCollections()).isEmpty();
		assertThat(on("2026-09-30").remindOverdue(id, WORDING)).isEmpty();
		assertThat(memory.mailed).isEmpty();

		assertThat(on("2026-10-01").overdueCollections()).containsExactly(id);
		memory.journal.clear();
		assertThat(on("2026-10-01").remindOverdue(id, WORDING)).contains(new CollectingValues.Reminding(1, 1, true));
		assertThat(memory.mailed).containsExactly("editor-" + FARMING + "@example.jp");
		assertThat(memory.collections.reminders(id)).singleElement().satisfies(r -> {
			assertThat(r.departmentId()).isEqualTo(FARMING);
			assertThat(r.sentBy()).isEqualTo(CollectingValues.SYSTEM);
			assertThat(r.message()).isEqualTo("計画 R8 締切 2026-09-30");
		});
		assertThat(memory.audit.entries()).filteredOn(e -> e.action() == AuditAction.REMINDER_SENT)
			.singleElement()
			.satisfies(e -> assertThat(e.actor()).isEqualTo(CollectingValues.SYSTEM));
		assertThat(memory.journal).as("read and written under the collection's lock, in one unit of work")
			.noneMatch(step -> step.startsWith("outside"))
			.startsWith("lock collection " + id);
	}

	@Test
	void theDailyReminders_leaveACollectionWithNothingOutstanding_orLocked_alone() {
		enter(planner, farmingKpi, "1");
		enter(planner, planningKpi, "2");
		collecting.submit(planner, id, farmingKpi.id());
		collecting.submit(planner, id, planningKpi.id());
		assertThat(on("2026-10-01").remindOverdue(id, WORDING)).isEmpty();
		collecting.approve(planner, id, farmingKpi.id());
		collecting.approve(planner, id, planningKpi.id());
		collecting.lock(planner, id);
		assertThat(on("2026-10-01").overdueCollections()).isEmpty();
		assertThat(on("2026-10-01").remindOverdue(id, WORDING)).isEmpty();
		assertThat(memory.mailed).isEmpty();
		assertThat(memory.audit.entries()).extracting(AuditEntry::action).doesNotContain(AuditAction.REMINDER_SENT);
	}

}
