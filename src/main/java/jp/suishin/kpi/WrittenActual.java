package jp.suishin.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.suishin.notation.ExpectedMonth;
import jp.suishin.notation.ParsedValue;
import jp.suishin.notation.PreliminaryMark;
import jp.suishin.notation.Unit;
import jp.suishin.notation.ValueNotation;
import jp.suishin.refusal.FieldProblem;

/**
 * An actual value as a person, a form or a file writes it, read once for every channel
 * (the KPI page, the API, the upload, the {@code evaluate} command, the sample data): the
 * value in the KPI's unit, its status (確定 / 速報 / 集計中, or （速報） after the figure as tables
 * print it) and the month a pending figure is expected in.
 */
public sealed interface WrittenActual {

	/** A value to keep. */
	record Value(Actual actual) implements WrittenActual {
	}

	/**
	 * No value: nothing written, or 「－」 ({@code dash}), which removes a stored value.
	 */
	record Blank(boolean dash) implements WrittenActual {
	}

	/** Not readable: the problems name the field (value, status, expectedMonth). */
	record Unreadable(List<FieldProblem> problems) implements WrittenActual {

		public Unreadable {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * Reads a written value.
	 * @param value the value ({@code 113,500ha}, {@code ▲312}, {@code 53.0％（速報）},
	 * {@code 集計中（7月頃）}, {@code －})
	 * @param status 確定 / 速報 / 集計中 or CONFIRMED / PRELIMINARY / PENDING; blank is
	 * confirmed, or preliminary when the value carries the （速報） mark
	 * @param expectedMonth for a pending value, the month it is expected in
	 */
	static WrittenActual read(String value, String status, String expectedMonth, Unit unit) {
		List<FieldProblem> problems = new ArrayList<>();
		String text = value == null ? "" : value.strip();
		boolean marked = PreliminaryMark.isMarked(text);
		if (marked) {
			text = PreliminaryMark.strip(text).strip();
		}
		boolean statusGiven = status != null && !status.isBlank();
		ValueStatus chosen = ValueStatus.parse(status).orElse(null);
		if (chosen == null) {
			problems.add(FieldProblem.of("status", "kpi.value.status.invalid", status));
		}
		else if (marked && statusGiven && chosen != ValueStatus.PRELIMINARY) {
			problems.add(FieldProblem.of("status", "kpi.value.status.contradicts-mark", value.strip(), chosen.word()));
		}
		else if (marked) {
			chosen = ValueStatus.PRELIMINARY;
		}
		Integer month = month(expectedMonth, problems);
		ParsedValue parsed = ValueNotation.parse(text, unit);
		Actual actual = null;
		boolean dash = !text.isEmpty();
		if (parsed instanceof ParsedValue.Invalid invalid) {
			problems.add(new FieldProblem("value", invalid.problem()));
		}
		else if (parsed instanceof ParsedValue.Pending pending) {
			actual = new Actual.Pending(pending.expectedMonth() != null ? pending.expectedMonth() : month);
		}
		else if (parsed instanceof ParsedValue.Blank && chosen == ValueStatus.PENDING) {
			actual = new Actual.Pending(month);
		}
		else if (parsed instanceof ParsedValue.Amount amount) {
			if (chosen == ValueStatus.PENDING) {
				problems.add(FieldProblem.of("value", "kpi.value.pending-with-amount", text));
			}
			else {
				actual = chosen == ValueStatus.PRELIMINARY
						? new Actual.Preliminary(amount.amount(), amount.approximate())
						: new Actual.Confirmed(amount.amount(), amount.approximate());
			}
			if (month != null) {
				problems.add(FieldProblem.of("expectedMonth", "kpi.value.month.only-pending"));
			}
		}
		if (!problems.isEmpty()) {
			return new Unreadable(problems);
		}
		return actual == null ? new Blank(dash) : new Value(actual);
	}

	private static Integer month(String written, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			return null;
		}
		Optional<Integer> month = ExpectedMonth.parse(written);
		if (month.isEmpty()) {
			problems.add(FieldProblem.of("expectedMonth", "kpi.value.month.invalid", written));
			return null;
		}
		return month.get();
	}

}
