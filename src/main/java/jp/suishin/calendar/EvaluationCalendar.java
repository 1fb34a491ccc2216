package jp.suishin.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.suishin.collection.Collection;
import jp.suishin.collection.CollectionState;
import jp.suishin.notation.FiscalYear;

/**
 * A plan's calendar of one data year (the year whose values are collected): its steps in
 * the order of their dates (a tie in the order the year runs through the kinds), which
 * one is current and which are overdue.
 */
public record EvaluationCalendar(long planId, FiscalYear year, List<CalendarStep> steps) {

	private static final Comparator<CalendarStep> ORDER = Comparator.comparing(CalendarStep::date)
		.thenComparing(CalendarStep::kind)
		.thenComparing(s -> s.label() == null ? "" : s.label());

	public EvaluationCalendar {
		steps = steps.stream().sorted(ORDER).toList();
	}

	/**
	 * The calendar from what is stored and what the app knows of the year.
	 * @param stored the year's stored steps
	 * @param collection the year's collection, if it is collected in the app: its
	 * deadline is the collection step (a stored one is then left out), done once it is
	 * locked
	 * @param published when the first edition of the year was published, if there is one:
	 * the publication step is done then
	 */
	public static EvaluationCalendar of(long planId, FiscalYear year, List<StoredStep> stored,
			Optional<Collection> collection, Optional<Instant> published) {
		List<CalendarStep> steps = new ArrayList<>();
		collection.ifPresent(c -> steps.add(new CalendarStep(null, StepKind.COLLECTION_DEADLINE, null, c.deadline(),
				c.state() == CollectionState.LOCKED, null, null)));
		for (StoredStep s : stored) {
			if (s.kind() == StepKind.COLLECTION_DEADLINE && collection.isPresent()) {
				continue;
			}
			if (s.kind() == StepKind.COLLECTION_DEADLINE) {
				steps.add(new CalendarStep(s.id(), s.kind(), s.label(), s.date(), false, null, null));
			}
			else if (s.kind() == StepKind.PUBLICATION) {
				steps.add(new CalendarStep(s.id(), s.kind(), s.label(), s.date(), published.isPresent(),
						published.orElse(null), null));
			}
			else {
				steps.add(s.step());
			}
		}
		return new EvaluationCalendar(planId, year, steps);
	}

	public boolean isEmpty() {
		return steps.isEmpty();
	}

	/** The step the year is at: the first one not done; empty when every step is done. */
	public Optional<CalendarStep> current() {
		return steps.stream().filter(s -> !s.done()).findFirst();
	}

	/** The steps not done whose day has passed. */
	public List<CalendarStep> overdueOn(LocalDate today) {
		return steps.stream().filter(s -> s.overdueOn(today)).toList();
	}

	/** Where a step stands on a day, for the page. */
	public StepState stateOf(CalendarStep step, LocalDate today) {
		if (step.done()) {
			return StepState.DONE;
		}
		if (step.overdueOn(today)) {
			return StepState.OVERDUE;
		}
		return current().filter(step::equals).isPresent() ? StepState.CURRENT : StepState.UPCOMING;
	}

	/** The stored step of a single kind, if the year has one. */
	public Optional<CalendarStep> stored(StepKind kind) {
		return steps.stream().filter(s -> s.kind() == kind && s.stored()).findFirst();
	}

	/** Whether the collection deadline comes from the year's collection. */
	public boolean collected() {
		return steps.stream().anyMatch(s -> s.kind() == StepKind.COLLECTION_DEADLINE && !s.stored());
	}

	public enum StepState {

		DONE, OVERDUE, CURRENT, UPCOMING;

		public String messageKey() {
			return "calendar.state." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
