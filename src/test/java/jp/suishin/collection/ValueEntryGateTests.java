package jp.suishin.collection;

import static jp.suishin.collection.InMemory.FARMING;
import static jp.suishin.collection.InMemory.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.ImportingValues;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Problem;

import org.junit.jupiter.api.Test;

/**
 * The one way in for entered values, on ports in memory: who may change a value when,
 * what a refusal says and that it stores nothing, and that the check and the write happen
 * in one unit of work under the lock of the year's collection.
 */
class ValueEntryGateTests {

	static final FiscalYear YEAR = FiscalYear.of(2026);

	final InMemory memory = new InMemory();

	final Kpi farmingKpi = memory.kpi(1, FARMING);

	final Kpi planningKpi = memory.kpi(2, PLANNING);

	final Viewer planner = InMemory.planner();

	final Viewer farming = InMemory.editorOf(FARMING);

	long collection() {
		return memory.collections.open(InMemory.PLAN, YEAR, LocalDate.of(2026, 9, 30),
				List.of(farmingKpi.id(), planningKpi.id()), "planner");
	}

	RecordingOutcome enter(Viewer viewer, Kpi kpi, String year, String value) {
		return memory.gate.enter(viewer, new ValueEntry(kpi.id(), year, value, "確定", null, null, null, null));
	}

	static RecordingOutcome.Rejected conflictOnYear(String key) {
		return new RecordingOutcome.Rejected(List.of(new FieldProblem("year", Problem.of(key, "R8"))),
				RecordingOutcome.Kind.CONFLICT);
	}

	@Test
	void theCheckAndTheWrite_happenInOneUnitOfWork_underTheLockOfTheYearsCollection() {
		long id = collection();
		memory.journal.clear();

		assertThat(enter(farming, farmingKpi, "2026", "120")).isInstanceOf(RecordingOutcome.Recorded.class);

		assertThat(memory.journal).noneMatch(step -> step.startsWith("outside"));
		assertThat(memory.journal).containsSubsequence("lock collection " + id, "item " + id + "/1",
				"save value 1/2026", "audit VALUE_SET");
		assertThat(memory.journal.indexOf("lock collection " + id))
			.isLessThan(memory.journal.indexOf("item " + id + "/1"));
	}

	@Test
	void aBatch_isAskedOfItsYearsCollectionUnderTheLock_andOneFixedValueStoresNothing() {
		Kpi another = memory.kpi(3, FARMING);
		long id = memory.collections.open(InMemory.PLAN, YEAR, LocalDate.of(2026, 9, 30),
				List.of(farmingKpi.id(), planningKpi.id(), another.id()), "planner");
		memory.collections.state(id, farmingKpi.id(), ItemState.SUBMITTED);
		List<ValueEntry> entries = List.of(new ValueEntry(another.id(), "2026", "5", null, null, null, null, null),
				new ValueEntry(farmingKpi.id(), "2026", "7", null, null, null, null, null));

		ImportingValues.Outcome refused = memory.gate.enterAll(farming, InMemory.PLAN, entries);

		assertThat(refused).isInstanceOfSatisfying(ImportingValues.Outcome.Refused.class,
				r -> assertThat(r.problems()).singleElement()
					.satisfies(p -> assertThat(p.index()).isEqualTo(1))
					.satisfies(p -> assertThat(p.problem())
						.isEqualTo(new FieldProblem("year", Problem.of("collection.value.submitted", "R8")))));
		assertThat(memory.kpis.findValue(another.id(), YEAR)).as("nothing is stored").isEmpty();

		memory.collections.state(id, farmingKpi.id(), ItemState.OPEN);
		memory.journal.clear();
		assertThat(memory.gate.enterAll(farming, InMemory.PLAN, entries))
			.isEqualTo(new ImportingValues.Outcome.Stored(2));
		assertThat(memory.journal).noneMatch(step -> step.startsWith("outside"));
		assertThat(memory.journal).containsSubsequence("lock collection " + id, "save value 3/2026",
				"save value 1/2026");
		assertThat(memory.kpis.findValue(farmingKpi.id(), YEAR).orElseThrow().actual().amount())
			.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
	}

	@Test
	void anUpload_isAskedOfTheCollectionByTheGateAlone_andSaysTheSameRefusal() {
		Kpi another = memory.kpi(3, FARMING);
		long id = memory.collections.open(InMemory.PLAN, YEAR, LocalDate.of(2026, 9, 30),
				List.of(farmingKpi.id(), another.id()), "planner");
		memory.collections.state(id, farmingKpi.id(), ItemState.SUBMITTED);
		byte[] sheet = ("評価指標,R8\n" + another.name() + ",5\n" + farmingKpi.name() + ",7\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		memory.journal.clear();

		UploadingValues.Upload upload = memory.uploading.upload(farming, id, "values.csv", sheet);

		assertThat(upload.problems()).singleElement()
			.isEqualTo(new UploadingValues.CellProblem(3, 2, Problem.of("collection.value.submitted", "R8")));
		assertThat(memory.kpis.findValue(another.id(), YEAR)).as("nothing is stored").isEmpty();
		assertThat(memory.journal).as("the collection's items, read once: by the gate")
			.filteredOn(step -> step.startsWith("items "))
			.hasSize(1);
	}

	@Test
	void aDepartment_entersItsOwnKpisValue_whileItsItemIsOpen_butNotOnceSubmitted() {
		long id = collection();
		assertThat(enter(farming, farmingKpi, "2026", "120")).isInstanceOf(RecordingOutcome.Recorded.class);
		memory.collections.state(id, farmingKpi.id(), ItemState.SUBMITTED);

		assertThat(enter(farming, farmingKpi, "2026", "130")).isEqualTo(conflictOnYear("collection.value.submitted"));
		assertThat(memory.kpis.findValue(farmingKpi.id(), YEAR).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void aDepartment_mayNotEnterAnotherDepartmentsValue_andNothingIsStored() {
		collection();
		assertThatThrownBy(() -> enter(farming, planningKpi, "2026", "5")).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> enter(Viewer.PUBLIC, planningKpi, "2026", "5")).isInstanceOf(AccessDenied.class);
		assertThat(memory.kpis.storedValues()).isEmpty();
		assertThat(memory.audit.entries()).isEmpty();
	}

	@Test
	void aDepartment_entersOnlyWhileTheYearIsCollected() {
		assertThat(enter(farming, farmingKpi, "2026", "1"))
			.isEqualTo(conflictOnYear("collection.value.not-collecting"));
		assertThat(enter(planner, farmingKpi, "2026", "1")).isInstanceOf(RecordingOutcome.Recorded.class);
	}

	@Test
	void aPlanner_changesASubmittedValue_butNotAnApprovedOne_norAnyOfALockedYear() {
		long id = collection();
		memory.collections.state(id, farmingKpi.id(), ItemState.SUBMITTED);
		assertThat(enter(planner, farmingKpi, "2026", "1")).isInstanceOf(RecordingOutcome.Recorded.class);

		memory.collections.state(id, farmingKpi.id(), ItemState.APPROVED);
		assertThat(enter(planner, farmingKpi, "2026", "2")).isEqualTo(conflictOnYear("collection.value.locked"));

		Kpi late = memory.kpi(3, null);
		assertThat(enter(planner, late, "2026", "3")).isInstanceOf(RecordingOutcome.Recorded.class);
		memory.collections.setState(id, CollectionState.LOCKED);
		assertThat(enter(planner, late, "2026", "4")).isEqualTo(conflictOnYear("collection.value.locked"));
		assertThat(memory.kpis.findValue(late.id(), YEAR).orElseThrow().version()).isEqualTo(1);
		assertThat(memory.kpis.findValue(farmingKpi.id(), YEAR).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void whatCannotBeRead_isInvalid_onItsField_andAStaleVersionIsAConflict() {
		collection();
		RecordingOutcome unreadable = enter(farming, farmingKpi, "2026", "abc");
		assertThat(unreadable).isInstanceOfSatisfying(RecordingOutcome.Rejected.class, rejected -> {
			assertThat(rejected.kind()).isEqualTo(RecordingOutcome.Kind.INVALID);
			assertThat(rejected.problems()).extracting(FieldProblem::field).containsExactly("value");
		});
		assertThat(enter(farming, farmingKpi, "2040", "1")).isInstanceOfSatisfying(RecordingOutcome.Rejected.class,
				rejected -> assertThat(rejected.problems()).extracting(p -> p.problem().messageKey())
					.containsExactly("fiscal-year.outside-period"));
		enter(farming, farmingKpi, "2026", "1");
		RecordingOutcome stale = memory.gate.enter(farming,
				new ValueEntry(farmingKpi.id(), "2026", "2", "確定", null, null, null, 0));
		assertThat(stale).isInstanceOfSatisfying(RecordingOutcome.Rejected.class,
				rejected -> assertThat(rejected.kind()).isEqualTo(RecordingOutcome.Kind.CONFLICT));
	}

	@Test
	void theYearsAValueMayChangeIn_areTheOnesTheEntryAccepts() {
		long id = collection();
		memory.collections.state(id, farmingKpi.id(), ItemState.APPROVED);
		List<FiscalYear> years = List.of(FiscalYear.of(2025), YEAR);
		assertThat(memory.gate.changeableYears(planner, farmingKpi.id(), years)).containsExactly(2025);
		assertThat(memory.gate.changeableYears(farming, farmingKpi.id(), years)).isEmpty();
		assertThat(memory.gate.changeableYears(farming, planningKpi.id(), years)).isEmpty();
		memory.collections.state(id, farmingKpi.id(), ItemState.RETURNED);
		assertThat(memory.gate.changeableYears(farming, farmingKpi.id(), years)).containsExactly(2026);
	}

}
