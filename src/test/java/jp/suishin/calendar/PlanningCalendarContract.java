package jp.suishin.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.access.AccessDenied;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.CollectingValues;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Setting a plan's calendar through the use cases, on the embedded database
 * ({@link PlanningCalendarOnEmbeddedDatabaseTests}) and on PostgreSQL
 * ({@link PlanningCalendarOnPostgresTests}).
 */
abstract class PlanningCalendarContract {

	static final FiscalYear R6 = FiscalYear.of(2024);

	@Autowired
	PlanningCalendar planning;

	@Autowired
	CalendarQuery query;

	@Autowired
	CalendarSteps steps;

	@Autowired
	PlanRepository plans;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CollectingValues collecting;

	@Autowired
	Clock clock;

	/** Sorachi's later policy (R7–R11): its year being collected now is in its period. */
	long plan;

	/** The year whose values are collected now: the fiscal year before today's. */
	FiscalYear year;

	Viewer planner;

	@BeforeEach
	void sorachi() {
		plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		LocalDate today = LocalDate.now(clock);
		year = FiscalYear.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1).previous();
		planner = accounts.account("pc-planner-" + System.nanoTime(), "sorachi-bureau", Role.PLANNER);
	}

	long otherPlan() {
		// every test gets a plan year of its own: another plan keeps the years apart
		return plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
	}

	@Test
	void aPlannerSetsTheDates_andTheYearsCalendarShowsThemInOrder_withAnAuditEntryEach() {
		LocalDate today = LocalDate.now(clock);
		planning.setDates(planner, plan, year, new CalendarDatesForm(today.minusDays(5).toString(),
				today.minusDays(2).toString(), today.plusDays(20).toString(), today.plusDays(40).toString()));
		long meeting = planning.addMeeting(planner, plan, year, new MeetingForm(today.plusDays(10).toString(), "第1回"));
		planning.addMeeting(planner, plan, year, new MeetingForm(today.plusDays(12).toString(), null));

		CalendarQuery.CalendarView view = query.calendar(planner, plan, year);
		assertThat(view.calendar().steps()).extracting(CalendarStep::kind)
			.containsExactly(StepKind.COLLECTION_DEADLINE, StepKind.INTERNAL_EVALUATION, StepKind.EXPERT_MEETING,
					StepKind.EXPERT_MEETING, StepKind.DECISION, StepKind.PUBLICATION);
		assertThat(view.plans()).isTrue();
		// the deadline (5 days ago) and the internal evaluation (2 days ago) are overdue
		assertThat(view.calendar().overdueOn(today)).extracting(CalendarStep::kind)
			.containsExactly(StepKind.COLLECTION_DEADLINE, StepKind.INTERNAL_EVALUATION);
		assertThat(view.calendar().current()).map(CalendarStep::kind).contains(StepKind.COLLECTION_DEADLINE);
		assertThat(steps.of(plan, year)).filteredOn(s -> s.kind() == StepKind.EXPERT_MEETING)
			.extracting(StoredStep::seq)
			.containsExactly(1, 2);

		// a step marked done is no longer overdue; the current step moves on
		long internal = view.calendar().stored(StepKind.INTERNAL_EVALUATION).orElseThrow().id();
		planning.mark(planner, plan, internal, true);
		CalendarStep marked = query.calendar(planner, plan, year)
			.calendar()
			.stored(StepKind.INTERNAL_EVALUATION)
			.orElseThrow();
		assertThat(marked.done()).isTrue();
		assertThat(marked.doneBy()).isEqualTo(planner.actor());
		planning.changeStep(planner, plan, meeting, new MeetingForm(today.plusDays(11).toString(), "第1回 効果検証会議"));
		assertThat(steps.find(meeting).orElseThrow().label()).isEqualTo("第1回 効果検証会議");

		List<AuditEntry> entries = audit.of(AuditSubject.plan(plan));
		assertThat(entries.stream().limit(8).map(AuditEntry::action)).containsExactly(AuditAction.CALENDAR_STEP_CHANGED,
				AuditAction.CALENDAR_STEP_DONE, AuditAction.CALENDAR_STEP_SET, AuditAction.CALENDAR_STEP_SET,
				AuditAction.CALENDAR_STEP_SET, AuditAction.CALENDAR_STEP_SET, AuditAction.CALENDAR_STEP_SET,
				AuditAction.CALENDAR_STEP_SET);
		assertThat(entries.get(0).actor()).isEqualTo(planner.actor());
		assertThat(entries.get(0).after()).isEqualTo("第1回 効果検証会議 " + today.plusDays(11));

		// a blank date takes its step off the calendar
		planning.setDates(planner, plan, year, new CalendarDatesForm(today.minusDays(5).toString(),
				today.minusDays(2).toString(), "", today.plusDays(40).toString()));
		assertThat(query.calendar(planner, plan, year).calendar().stored(StepKind.DECISION)).isEmpty();
		assertThat(audit.of(AuditSubject.plan(plan)).get(0).action()).isEqualTo(AuditAction.CALENDAR_STEP_REMOVED);
	}

	@Test
	void badInput_isRefusedNamingEachField_andNothingIsStored() {
		long other = otherPlan();
		FiscalYear r7 = FiscalYear.of(2025);
		int audited = audit.of(AuditSubject.plan(other)).size();
		assertThatThrownBy(() -> planning.setDates(planner, other, r7,
				new CalendarDatesForm("2026-06-30", "そのうち", "2026-02-30", "2030-01-01")))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(((Refusal.Invalid) ex.refusal()).problems()).extracting(FieldProblem::field)
						.containsExactly("internalEvaluation", "decision", "publication"));
		assertThatThrownBy(() -> planning.addMeeting(planner, other, r7, new MeetingForm("", "x".repeat(101))))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(((Refusal.Invalid) ex.refusal()).problems()).extracting(FieldProblem::field)
						.containsExactly("meetingDate", "label"));
		// a year outside the plan's period (R3–R7)
		assertThatThrownBy(() -> planning.setDates(planner, other, FiscalYear.of(2030),
				new CalendarDatesForm(null, "2030-08-01", null, null)))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(((Refusal.Invalid) ex.refusal()).problems()).extracting(FieldProblem::field)
						.containsExactly("year"));
		assertThat(steps.of(other, r7)).isEmpty();
		assertThat(audit.of(AuditSubject.plan(other))).hasSize(audited);
	}

	@Test
	void aYearWithACollection_takesItsDeadlineFromIt_andRefusesASecondOne() {
		long other = otherPlan();
		FiscalYear r5 = FiscalYear.of(2023);
		LocalDate deadline = LocalDate.now(clock).plusDays(30);
		collecting.open(planner, other, "R5", deadline.toString());
		assertThatThrownBy(() -> planning.setDates(planner, other, r5,
				new CalendarDatesForm("2024-06-30", "2024-08-31", null, null)))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(((Refusal.Invalid) ex.refusal()).problems()).extracting(FieldProblem::field)
						.containsExactly("collectionDeadline"));
		assertThat(steps.of(other, r5)).isEmpty();
		planning.setDates(planner, other, r5, new CalendarDatesForm(null, "2024-08-31", null, null));
		EvaluationCalendar calendar = query.calendar(planner, other, r5).calendar();
		assertThat(calendar.collected()).isTrue();
		assertThat(calendar.steps()).extracting(CalendarStep::kind, CalendarStep::date)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(StepKind.INTERNAL_EVALUATION, LocalDate.of(2024, 8, 31)),
					org.assertj.core.groups.Tuple.tuple(StepKind.COLLECTION_DEADLINE, deadline));
	}

	@Test
	void thePublication_isDoneOnceAnEditionOfTheYearIsPublished_andCannotBeMarkedByHand() {
		long other = otherPlan();
		// the sample data publishes the 令和7年度版 (values of R6) of the earlier Sorachi
		// policy
		planning.setDates(planner, other, R6, new CalendarDatesForm(null, null, null, "2025-10-31"));
		CalendarStep publication = query.calendar(planner, other, R6)
			.calendar()
			.stored(StepKind.PUBLICATION)
			.orElseThrow();
		assertThat(publication.done()).isTrue();
		assertThat(publication.doneAt()).isNotNull();
		assertThatThrownBy(() -> planning.mark(planner, other, publication.id(), true))
			.isInstanceOfSatisfying(Refused.class, ex -> assertThat(ex.refusal()).isInstanceOf(Refusal.Conflict.class));
	}

	@Test
	void onlyTheOwnersPlanners_write_andOnlyItsWorkingReaders_read() {
		LocalDate today = LocalDate.now(clock);
		long meeting = planning.addMeeting(planner, plan, year, new MeetingForm(today.plusDays(3).toString(), "会議"));
		Viewer stranger = accounts.account("pc-stranger", "yubari", Role.PLANNER);
		Viewer editor = accounts.editor("pc-editor", "sorachi-bureau", "pc 商工労働課");
		Viewer expert = accounts.account("pc-expert", "sorachi-bureau", Role.EXPERT);
		int audited = audit.of(AuditSubject.plan(plan)).size();
		for (Viewer viewer : List.of(stranger, editor, expert, Viewer.PUBLIC)) {
			assertThatThrownBy(() -> planning.setDates(viewer, plan, year,
					new CalendarDatesForm(null, today.toString(), null, null)))
				.isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> planning.addMeeting(viewer, plan, year, new MeetingForm(today.toString(), null)))
				.isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> planning.mark(viewer, plan, meeting, true)).isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> planning.removeStep(viewer, plan, meeting)).isInstanceOf(AccessDenied.class);
		}
		assertThat(audit.of(AuditSubject.plan(plan))).hasSize(audited);
		assertThat(steps.find(meeting).orElseThrow().doneAt()).isNull();
		// the department editor and the expert read the calendar; a stranger is told it
		// does not exist
		assertThat(query.calendar(editor, plan, year).plans()).isFalse();
		assertThat(query.calendar(expert, plan, year).calendar().steps()).isNotEmpty();
		assertThatThrownBy(() -> query.calendar(stranger, plan, year)).isInstanceOfSatisfying(Refused.class,
				ex -> assertThat(ex.refusal()).isInstanceOf(Refusal.NotFound.class));
		assertThat(query.glance(stranger, plan)).isEmpty();
		assertThat(query.glance(Viewer.PUBLIC, plan)).isEmpty();
		assertThat(query.glance(editor, plan)).isPresent();
		// a step of one plan under another plan's id is not found
		assertThatThrownBy(() -> planning.removeStep(planner, otherPlan(), meeting))
			.isInstanceOfSatisfying(Refused.class, ex -> assertThat(ex.refusal()).isInstanceOf(Refusal.NotFound.class));
		planning.removeStep(planner, plan, meeting);
		assertThat(steps.find(meeting)).isEmpty();
	}

}
