package jp.suishin.kpi;

import jp.suishin.refusal.FieldProblem;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;

/**
 * Records a KPI's actual value for a fiscal year, as typed in the browser or read from a
 * file. Every rule about what may be stored lives here: the year must lie in the plan
 * period, the value must be readable in the KPI's unit, a pending value has no amount,
 * and a change by somebody else in the meantime is refused, not overwritten.
 */
public final class RecordingActualValue {

	static final int NOTE_MAX_LENGTH = 2000;

	static final int SOURCE_MAX_LENGTH = 500;

	private final KpiRepository kpis;

	private final PlanPeriods plans;

	public RecordingActualValue(KpiRepository kpis, PlanPeriods plans) {
		this.kpis = kpis;
		this.plans = plans;
	}

	public RecordingOutcome record(ValueEntry entry, String user) {
		Kpi kpi = kpis.findById(entry.kpiId()).orElseThrow(() -> new KpiNotFoundException("id " + entry.kpiId()));
		Checked checked = check(entry, kpi, plans.periodOf(kpi.planId()));
		if (!checked.problems().isEmpty()) {
			return new RecordingOutcome.Rejected(checked.problems());
		}
		ValueWrite write = checked.write();
		if (write.removes()) {
			return kpis.deleteValue(kpi.id(), write.year(), write.expectedVersion(), user)
					? new RecordingOutcome.Removed() : conflict(kpi, write.year());
		}
		return kpis
			.saveValue(kpi.id(), write.year(), write.actual(), write.note(), write.source(), write.expectedVersion(),
					user)
			.<RecordingOutcome>map(RecordingOutcome.Recorded::new)
			.orElseGet(() -> conflict(kpi, write.year()));
	}

	/**
	 * An entry checked against the rules of what may be stored.
	 *
	 * @param write what to store when there are no problems, else {@code null}
	 * @param problems each naming its field; empty when the entry may be stored
	 */
	record Checked(ValueWrite write, List<FieldProblem> problems) {
	}

	/**
	 * The rules every channel's entry is held to, one entry at a time or many at once
	 * ({@link ImportingValues}): the year in the plan period, the note and source within
	 * their lengths, the value readable in the KPI's unit, and something written (「－」
	 * removes).
	 * @param period the plan period of the KPI's plan
	 */
	static Checked check(ValueEntry entry, Kpi kpi, FiscalPeriod period) {
		List<FieldProblem> problems = new ArrayList<>();
		FiscalYear year = period.admit(entry.year()).collect("year", problems);
		if (entry.note() != null && entry.note().length() > NOTE_MAX_LENGTH) {
			problems.add(FieldProblem.of("note", "kpi.value.note.too-long", NOTE_MAX_LENGTH));
		}
		if (entry.source() != null && entry.source().length() > SOURCE_MAX_LENGTH) {
			problems.add(FieldProblem.of("source", "kpi.value.source.too-long", SOURCE_MAX_LENGTH));
		}
		WrittenActual written = WrittenActual.read(entry.value(), entry.status(), entry.expectedMonth(), kpi.unit());
		Actual actual = written instanceof WrittenActual.Value value ? value.actual() : null;
		if (written instanceof WrittenActual.Unreadable unreadable) {
			problems.addAll(unreadable.problems());
		}
		else if (written instanceof WrittenActual.Blank blank && !blank.dash()) {
			problems.add(FieldProblem.of("value", "kpi.value.required"));
		}
		if (!problems.isEmpty()) {
			return new Checked(null, List.copyOf(problems));
		}
		if (actual == null) {
			return new Checked(ValueWrite.removal(kpi.id(), year, entry.expectedVersion()), List.of());
		}
		String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
		String source = entry.source() == null || entry.source().isBlank() ? null : entry.source().strip();
		return new Checked(new ValueWrite(kpi.id(), year, actual, note, source, entry.expectedVersion()), List.of());
	}

	private RecordingOutcome conflict(Kpi kpi, FiscalYear year) {
		return new RecordingOutcome.Rejected(List.of(conflictProblem(kpis, kpi, year)), RecordingOutcome.Kind.CONFLICT);
	}

	/** Somebody else changed the year's value first: what it is now, and who wrote it. */
	static FieldProblem conflictProblem(KpiRepository kpis, Kpi kpi, FiscalYear year) {
		String current = kpis.findValue(kpi.id(), year)
			.map(v -> v.actual().display(kpi.unit()) + "（" + v.updatedBy() + "）")
			.orElse("－");
		return FieldProblem.of("value", "kpi.value.conflict", current);
	}

	/** The plan period a KPI's values must lie in. */
	public interface PlanPeriods {

		FiscalPeriod periodOf(long planId);

	}

}
