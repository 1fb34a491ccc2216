package jp.suishin.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.suishin.calendar.EvaluationCalendar.StepState;
import jp.suishin.collection.Collection;
import jp.suishin.collection.CollectionState;
import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * The calendar's rules on fixed days, without a database: the current step, overdue
 * steps, the collection's deadline in place of a stored one, the publication done by an
 * edition, and the dates a planner may write.
 */
class EvaluationCalendarTests {

	static final FiscalYear R7 = FiscalYear.of(2025);

	static StoredStep stored(long id, StepKind kind, int seq, String label, String date, boolean done) {
		return new StoredStep(id, 1, R7, kind, seq, label, LocalDate.parse(date),
				done ? Instant.parse("2026-07-01T00:00:00Z") : null, done ? "planner" : null);
	}

	static Collection collection(String deadline, CollectionState state) {
		return new Collection(9, 1, R7, LocalDate.parse(deadline), state, Instant.parse("2026-04-01T00:00:00Z"),
				"planner");
	}

	/** Iwamizawa's October: the values of R7 collected by June, verified in October. */
	static List<StoredStep> year() {
		return List.of(stored(1, StepKind.DECISION, 0, null, "2026-11-20", false),
				stored(2, StepKind.EXPERT_MEETING, 1, "第1回", "2026-10-15", false),
				stored(3, StepKind.INTERNAL_EVALUATION, 0, null, "2026-08-31", true),
				stored(4, StepKind.PUBLICATION, 0, null, "2027-03-31", false),
				stored(5, StepKind.EXPERT_MEETING, 2, "第2回", "2026-10-29", false),
				stored(6, StepKind.COLLECTION_DEADLINE, 0, null, "2026-05-31", false));
	}

	@Test
	void theStepsRunInTheOrderOfTheirDates_andTheFirstNotDoneIsCurrent() {
		EvaluationCalendar calendar = EvaluationCalendar.of(1, R7, year(),
				Optional.of(collection("2026-06-30", CollectionState.LOCKED)), Optional.empty());
		assertThat(calendar.steps()).extracting(CalendarStep::kind)
			.containsExactly(StepKind.COLLECTION_DEADLINE, StepKind.INTERNAL_EVALUATION, StepKind.EXPERT_MEETING,
					StepKind.EXPERT_MEETING, StepKind.DECISION, StepKind.PUBLICATION);
		// the locked collection's deadline (6/30) stands in for the stored one (5/31)
		assertThat(calendar.steps().get(0).date()).isEqualTo(LocalDate.parse("2026-06-30"));
		assertThat(calendar.steps().get(0).done()).isTrue();
		assertThat(calendar.steps().get(0).stored()).isFalse();
		assertThat(calendar.collected()).isTrue();
		assertThat(calendar.current()).map(CalendarStep::label).contains("第1回");
	}

	@Test
	void onAFixedDay_theStepsPastTheirDayAndNotDone_areOverdue() {
		EvaluationCalendar calendar = EvaluationCalendar.of(1, R7, year(),
				Optional.of(collection("2026-06-30", CollectionState.OPEN)), Optional.empty());
		// 2026-10-20: the open collection (6/30) and the first meeting (10/15) are past
		// their day; the internal evaluation (8/31) is done, the second meeting (10/29)
		// still to come
		LocalDate day = LocalDate.parse("2026-10-20");
		assertThat(calendar.overdueOn(day)).extracting(CalendarStep::kind, CalendarStep::label)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(StepKind.COLLECTION_DEADLINE, null),
					org.assertj.core.groups.Tuple.tuple(StepKind.EXPERT_MEETING, "第1回"));
		assertThat(calendar.current()).map(CalendarStep::kind).contains(StepKind.COLLECTION_DEADLINE);
		List<StepState> states = calendar.steps().stream().map(s -> calendar.stateOf(s, day)).toList();
		assertThat(states).containsExactly(StepState.OVERDUE, StepState.DONE, StepState.OVERDUE, StepState.UPCOMING,
				StepState.UPCOMING, StepState.UPCOMING);
		// on its own day a step is not overdue yet
		assertThat(calendar.steps().get(2).overdueOn(LocalDate.parse("2026-10-15"))).isFalse();
		assertThat(calendar.steps().get(2).overdueOn(LocalDate.parse("2026-10-16"))).isTrue();
	}

	@Test
	void withoutACollection_theStoredDeadlineIsTheStep_andThePublicationIsDoneByAnEdition() {
		Instant published = Instant.parse("2027-03-20T01:00:00Z");
		EvaluationCalendar calendar = EvaluationCalendar.of(1, R7, year(), Optional.empty(), Optional.of(published));
		assertThat(calendar.steps().get(0).stored()).isTrue();
		assertThat(calendar.steps().get(0).date()).isEqualTo(LocalDate.parse("2026-05-31"));
		assertThat(calendar.collected()).isFalse();
		CalendarStep publication = calendar.steps().get(5);
		assertThat(publication.kind()).isEqualTo(StepKind.PUBLICATION);
		assertThat(publication.done()).isTrue();
		assertThat(publication.doneAt()).isEqualTo(published);
		// a stored collection deadline is never marked done by hand, nor by the calendar
		assertThat(calendar.steps().get(0).done()).isFalse();
	}

	@Test
	void everyStepDone_noStepIsCurrent() {
		EvaluationCalendar calendar = EvaluationCalendar.of(1, R7,
				List.of(stored(3, StepKind.INTERNAL_EVALUATION, 0, null, "2026-08-31", true)),
				Optional.of(collection("2026-06-30", CollectionState.LOCKED)), Optional.empty());
		assertThat(calendar.current()).isEmpty();
		assertThat(calendar.overdueOn(LocalDate.parse("2027-01-01"))).isEmpty();
	}

	@Test
	void datesAreReadAsPlannersWriteThem_withinTheYearsCycle() {
		List<FieldProblem> problems = new ArrayList<>();
		assertThat(StepDate.read("decision", "2026-10-15", R7, false, problems)).contains(LocalDate.of(2026, 10, 15));
		assertThat(StepDate.read("decision", "２０２６／１０／１５", R7, false, problems)).contains(LocalDate.of(2026, 10, 15));
		assertThat(StepDate.read("decision", "令和8年10月15日", R7, false, problems)).contains(LocalDate.of(2026, 10, 15));
		assertThat(StepDate.read("decision", "R8.10.15", R7, false, problems)).contains(LocalDate.of(2026, 10, 15));
		assertThat(StepDate.read("decision", "", R7, true, problems)).isEmpty();
		assertThat(problems).isEmpty();
		assertThat(StepDate.read("decision", "2026-02-30", R7, false, problems)).isEmpty();
		assertThat(StepDate.read("decision", "そのうち", R7, false, problems)).isEmpty();
		// the cycle of the values of R7 runs from 2025-04-01 to 2028-03-31
		assertThat(StepDate.read("decision", "2025-03-31", R7, false, problems)).isEmpty();
		assertThat(StepDate.read("decision", "2028-04-01", R7, false, problems)).isEmpty();
		assertThat(StepDate.read("decision", "2028-03-31", R7, false, problems)).isPresent();
		assertThat(StepDate.read("decision", " ", R7, false, problems)).isEmpty();
		assertThat(problems).extracting(p -> p.problem().messageKey())
			.containsExactly("calendar.date.invalid", "calendar.date.invalid", "calendar.date.outside-cycle",
					"calendar.date.outside-cycle", "calendar.date.required");
		assertThat(problems).extracting(FieldProblem::field).containsOnly("decision");
	}

}
