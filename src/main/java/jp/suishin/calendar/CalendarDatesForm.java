package jp.suishin.calendar;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.FieldProblem;

/**
 * The dates of a year's single steps as a planner writes them; a blank date removes the
 * step from the calendar. The collection deadline is written here only while the year has
 * no collection.
 */
public record CalendarDatesForm(String collectionDeadline, String internalEvaluation, String decision,
		String publication) {

	/**
	 * Each single kind's date (empty: none), or {@code null} after adding the problems.
	 */
	Map<StepKind, Optional<LocalDate>> checked(FiscalYear year, List<FieldProblem> problems) {
		int before = problems.size();
		Map<StepKind, Optional<LocalDate>> dates = new EnumMap<>(StepKind.class);
		dates.put(StepKind.COLLECTION_DEADLINE,
				StepDate.read(StepKind.COLLECTION_DEADLINE.field(), collectionDeadline, year, true, problems));
		dates.put(StepKind.INTERNAL_EVALUATION,
				StepDate.read(StepKind.INTERNAL_EVALUATION.field(), internalEvaluation, year, true, problems));
		dates.put(StepKind.DECISION, StepDate.read(StepKind.DECISION.field(), decision, year, true, problems));
		dates.put(StepKind.PUBLICATION, StepDate.read(StepKind.PUBLICATION.field(), publication, year, true, problems));
		return problems.size() > before ? null : dates;
	}

}
