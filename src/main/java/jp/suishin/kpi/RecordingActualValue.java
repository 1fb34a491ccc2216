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
		List<FieldProblem> problems = new ArrayList<>();
		FiscalYear year = plans.periodOf(kpi.planId()).admit(entry.year()).collect("year", problems);
		if (entry.note() != null && entry.note().length() > NOTE_MAX_LENGTH) {
			problems.add(FieldProblem.of("note", "kpi.value.note.too-long", NOTE_MAX_LENGTH));
		}
		if (entry.source() != null && entry.source().length() > SOURCE_MAX_LENGTH) {
			problems.add(FieldProblem.of("source", "kpi.value.source.too-long", SOURCE_MAX_LENGTH));
		}
		WrittenActual written = WrittenActual.read(entry.value(), entry.status(), entry.expectedMonth(), kpi.unit());
		Actual actual = written instanceof WrittenActual.Value value ? value.actual() : null;
		boolean remove = written instanceof WrittenActual.Blank blank && blank.dash();
		if (written instanceof WrittenActual.Unreadable unreadable) {
			problems.addAll(unreadable.problems());
		}
		else if (written instanceof WrittenActual.Blank blank && !blank.dash()) {
			problems.add(FieldProblem.of("value", "kpi.value.required"));
		}
		if (!problems.isEmpty()) {
			return new RecordingOutcome.Rejected(problems);
		}
		if (remove) {
			return kpis.deleteValue(kpi.id(), year, entry.expectedVersion(), user) ? new RecordingOutcome.Removed()
					: conflict(kpi, year);
		}
		String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
		String source = entry.source() == null || entry.source().isBlank() ? null : entry.source().strip();
		return kpis.saveValue(kpi.id(), year, actual, note, source, entry.expectedVersion(), user)
			.<RecordingOutcome>map(RecordingOutcome.Recorded::new)
			.orElseGet(() -> conflict(kpi, year));
	}

	private RecordingOutcome conflict(Kpi kpi, FiscalYear year) {
		String current = kpis.findValue(kpi.id(), year)
			.map(v -> v.actual().display(kpi.unit()) + "（" + v.updatedBy() + "）")
			.orElse("－");
		return new RecordingOutcome.Rejected(List.of(FieldProblem.of("value", "kpi.value.conflict", current)),
				RecordingOutcome.Kind.CONFLICT);
	}

	/** The plan period a KPI's values must lie in. */
	public interface PlanPeriods {

		FiscalPeriod periodOf(long planId);

	}

}
