package jp.suishin.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * A planner sets a data year's calendar: the dates of its single steps, the expert
 * meetings, and which of the steps marked by hand are done. Only the planners of the
 * plan's owner may ({@link PlanPlanners}); every change is a plan audit entry (which also
 * moves the stamps of the plan's public pages); whatever is refused, nothing is stored.
 */
public final class PlanningCalendar {

	private final CalendarSteps steps;

	private final PlanPlanners planners;

	private final PlanRepository plans;

	private final CollectionRepository collections;

	private final AuditTrail audit;

	private final InOneTransaction work;

	private final Clock clock;

	public PlanningCalendar(CalendarSteps steps, PlanPlanners planners, PlanRepository plans,
			CollectionRepository collections, AuditTrail audit, InOneTransaction work, Clock clock) {
		this.steps = steps;
		this.planners = planners;
		this.plans = plans;
		this.collections = collections;
		this.audit = audit;
		this.work = work;
		this.clock = clock;
	}

	/**
	 * Sets the dates of the year's single steps: a date adds or moves its step, a blank
	 * one removes it.
	 * @throws Refused invalid naming {@code year}, {@code collectionDeadline} (also when
	 * the year has a collection: its deadline is set there), {@code internalEvaluation},
	 * {@code decision} or {@code publication}; not found; forbidden
	 */
	public void setDates(Viewer viewer, long planId, FiscalYear year, CalendarDatesForm form) {
		work.run(() -> {
			Plan plan = plan(viewer, planId);
			admit(plan, year);
			List<FieldProblem> problems = new ArrayList<>();
			Map<StepKind, Optional<LocalDate>> dates = form.checked(year, problems);
			boolean collected = collections.find(planId, year).isPresent();
			if (collected && form.collectionDeadline() != null && !form.collectionDeadline().isBlank()) {
				problems.add(FieldProblem.of(StepKind.COLLECTION_DEADLINE.field(), "calendar.collection.exists",
						year.eraLabel()));
			}
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			List<StoredStep> stored = steps.of(planId, year);
			for (Map.Entry<StepKind, Optional<LocalDate>> wanted : dates.entrySet()) {
				StepKind kind = wanted.getKey();
				if (kind == StepKind.COLLECTION_DEADLINE && collected) {
					continue;
				}
				Optional<StoredStep> existing = stored.stream().filter(s -> s.kind() == kind).findFirst();
				if (existing.isPresent() && wanted.getValue().isEmpty()) {
					steps.remove(existing.get().id());
					record(viewer, plan, AuditAction.CALENDAR_STEP_REMOVED, year, kind,
							existing.get().date().toString(), null);
				}
				else if (existing.isPresent() && !existing.get().date().equals(wanted.getValue().get())) {
					steps.change(existing.get().id(), null, wanted.getValue().get(), viewer.actor());
					record(viewer, plan, AuditAction.CALENDAR_STEP_CHANGED, year, kind,
							existing.get().date().toString(), wanted.getValue().get().toString());
				}
				else if (existing.isEmpty() && wanted.getValue().isPresent()) {
					steps.add(planId, year, kind, 0, null, wanted.getValue().get(), viewer.actor());
					record(viewer, plan, AuditAction.CALENDAR_STEP_SET, year, kind, null,
							wanted.getValue().get().toString());
				}
			}
			return null;
		});
	}

	/**
	 * Adds an expert meeting to the year.
	 * @return its id
	 * @throws Refused invalid naming {@code year}, {@code meetingDate} or {@code label}
	 */
	public long addMeeting(Viewer viewer, long planId, FiscalYear year, MeetingForm form) {
		return work.run(() -> {
			Plan plan = plan(viewer, planId);
			admit(plan, year);
			MeetingForm.Checked meeting = checked(form, year);
			int seq = steps.of(planId, year)
				.stream()
				.filter(s -> s.kind() == StepKind.EXPERT_MEETING)
				.mapToInt(StoredStep::seq)
				.max()
				.orElse(0) + 1;
			long id = steps.add(planId, year, StepKind.EXPERT_MEETING, seq, meeting.label(), meeting.date(),
					viewer.actor());
			record(viewer, plan, AuditAction.CALENDAR_STEP_SET, year, StepKind.EXPERT_MEETING, null,
					written(meeting.label(), meeting.date()));
			return id;
		});
	}

	/**
	 * Changes a stored step's date (and a meeting's name; the other kinds have none).
	 * @throws Refused not found when the step is not of the plan
	 */
	public void changeStep(Viewer viewer, long planId, long stepId, MeetingForm form) {
		work.run(() -> {
			Plan plan = plan(viewer, planId);
			StoredStep step = step(planId, stepId);
			MeetingForm.Checked changed = checked(form, step.year());
			String label = step.kind().repeatable() ? changed.label() : null;
			steps.change(stepId, label, changed.date(), viewer.actor());
			record(viewer, plan, AuditAction.CALENDAR_STEP_CHANGED, step.year(), step.kind(),
					written(step.label(), step.date()), written(label, changed.date()));
			return null;
		});
	}

	public void removeStep(Viewer viewer, long planId, long stepId) {
		work.run(() -> {
			Plan plan = plan(viewer, planId);
			StoredStep step = step(planId, stepId);
			steps.remove(stepId);
			record(viewer, plan, AuditAction.CALENDAR_STEP_REMOVED, step.year(), step.kind(),
					written(step.label(), step.date()), null);
			return null;
		});
	}

	/**
	 * Marks a step done, or not done again.
	 * @throws Refused conflict for the collection deadline and the publication, which are
	 * done by the collection's lock and the year's edition
	 */
	public void mark(Viewer viewer, long planId, long stepId, boolean done) {
		work.run(() -> {
			Plan plan = plan(viewer, planId);
			StoredStep step = step(planId, stepId);
			if (!step.kind().markedByHand()) {
				throw Refused.conflict("calendar.step.not-marked-by-hand");
			}
			if (done == (step.doneAt() != null)) {
				return null;
			}
			steps.mark(stepId, done ? clock.instant() : null, done ? viewer.actor() : null, viewer.actor());
			record(viewer, plan, done ? AuditAction.CALENDAR_STEP_DONE : AuditAction.CALENDAR_STEP_REOPENED,
					step.year(), step.kind(), written(step.label(), step.date()), null);
			return null;
		});
	}

	private Plan plan(Viewer viewer, long planId) {
		Plan plan = planners.require(viewer, planId);
		if (plans.archivedAt(planId).isPresent()) {
			throw Refused.conflict("calendar.plan.archived");
		}
		return plan;
	}

	private static void admit(Plan plan, FiscalYear year) {
		plan.period().admit(year).rejection().ifPresent(problem -> {
			throw Refused.invalid(List.of(new FieldProblem("year", problem)));
		});
	}

	private StoredStep step(long planId, long stepId) {
		return steps.find(stepId)
			.filter(s -> s.planId() == planId)
			.orElseThrow(() -> Refused.notFound("calendar step " + stepId + " of plan " + planId));
	}

	private static MeetingForm.Checked checked(MeetingForm form, FiscalYear year) {
		List<FieldProblem> problems = new ArrayList<>();
		MeetingForm.Checked checked = form.checked(year, problems);
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		return checked;
	}

	private void record(Viewer viewer, Plan plan, AuditAction action, FiscalYear year, StepKind kind, String before,
			String after) {
		audit.record(viewer.actor(), AuditSubject.plan(plan.id()), action, year.eraLabel() + " " + kind.name(), before,
				after, null);
	}

	private static String written(String label, LocalDate date) {
		return label == null ? date.toString() : label + " " + date;
	}

}
