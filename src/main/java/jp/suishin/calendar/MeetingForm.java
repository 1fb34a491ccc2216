package jp.suishin.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.FieldProblem;

/**
 * An expert meeting (or any stored step, when its date is changed) as written: its date
 * and an optional name (第1回 効果検証会議).
 */
public record MeetingForm(String date, String label) {

	public static final int LABEL_MAX_LENGTH = 100;

	/** The checked meeting, or {@code null} after adding the problems. */
	Checked checked(FiscalYear year, List<FieldProblem> problems) {
		int before = problems.size();
		Optional<LocalDate> day = StepDate.read(StepKind.EXPERT_MEETING.field(), date, year, false, problems);
		String name = label == null || label.isBlank() ? null : label.strip();
		if (name != null && name.codePointCount(0, name.length()) > LABEL_MAX_LENGTH) {
			problems.add(FieldProblem.of("label", "calendar.label.too-long", LABEL_MAX_LENGTH));
		}
		return problems.size() > before ? null : new Checked(day.orElseThrow(), name);
	}

	record Checked(LocalDate date, String label) {
	}

}
