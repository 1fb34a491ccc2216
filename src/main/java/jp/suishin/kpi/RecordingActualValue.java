package jp.suishin.kpi;

import jp.suishin.refusal.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
		FiscalYear year = checked.year();
		if (checked.actual() == null) {
			return kpis.deleteValue(kpi.id(), year, entry.expectedVersion(), user) ? new RecordingOutcome.Removed()
					: conflict(kpi, year);
		}
		return kpis
			.saveValue(kpi.id(), year, checked.actual(), checked.note(), checked.source(), entry.expectedVersion(),
					user)
			.<RecordingOutcome>map(RecordingOutcome.Recorded::new)
			.orElseGet(() -> conflict(kpi, year));
	}

	/**
	 * Records many values of one plan's KPIs in one go, each checked as {@link #record}
	 * checks one: all or nothing. The KPIs and the plan period are read once, whatever
	 * the number of entries; nothing is stored unless every entry can be.
	 * @return the entries rejected, by their index in {@code entries}; empty when all
	 * were stored (or removed, for a 「－」)
	 * @throws KpiNotFoundException when an entry names a KPI that is not the plan's
	 */
	public Map<Integer, RecordingOutcome.Rejected> recordAll(long planId, List<ValueEntry> entries, String user) {
		Map<Integer, RecordingOutcome.Rejected> rejected = new TreeMap<>();
		List<Checked> writes = checkAll(planId, entries, rejected);
		if (!rejected.isEmpty()) {
			return rejected;
		}
		for (int i = 0; i < writes.size(); i++) {
			Checked write = writes.get(i);
			Integer expected = entries.get(i).expectedVersion();
			int current = kpis.findValue(write.kpi().id(), write.year()).map(YearlyValue::version).orElse(0);
			if (expected != null && current != expected) {
				rejected.put(i, (RecordingOutcome.Rejected) conflict(write.kpi(), write.year()));
			}
		}
		if (!rejected.isEmpty()) {
			return rejected;
		}
		for (Checked write : writes) {
			if (write.actual() == null) {
				kpis.deleteValue(write.kpi().id(), write.year(), null, user);
			}
			else {
				kpis.saveValue(write.kpi().id(), write.year(), write.actual(), write.note(), write.source(), null,
						user);
			}
		}
		return rejected;
	}

	/**
	 * What {@link #recordAll} would reject, without storing anything: the entries'
	 * problems by their index.
	 */
	public Map<Integer, RecordingOutcome.Rejected> rejectedOf(long planId, List<ValueEntry> entries) {
		Map<Integer, RecordingOutcome.Rejected> rejected = new TreeMap<>();
		checkAll(planId, entries, rejected);
		return rejected;
	}

	private List<Checked> checkAll(long planId, List<ValueEntry> entries,
			Map<Integer, RecordingOutcome.Rejected> rejected) {
		Map<Long, Kpi> byId = new HashMap<>();
		kpis.findByPlan(planId).forEach(k -> byId.put(k.id(), k));
		FiscalPeriod period = plans.periodOf(planId);
		List<Checked> checked = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			ValueEntry entry = entries.get(i);
			Kpi kpi = byId.get(entry.kpiId());
			if (kpi == null) {
				throw new KpiNotFoundException("id " + entry.kpiId() + " of plan " + planId);
			}
			Checked one = check(entry, kpi, period);
			if (!one.problems().isEmpty()) {
				rejected.put(i, new RecordingOutcome.Rejected(one.problems()));
			}
			checked.add(one);
		}
		return checked;
	}

	/**
	 * An entry checked: its year, the value to store ({@code null} to remove the year's)
	 * and its note and source; or its problems.
	 */
	private record Checked(Kpi kpi, FiscalYear year, Actual actual, String note, String source,
			List<FieldProblem> problems) {
	}

	private static Checked check(ValueEntry entry, Kpi kpi, FiscalPeriod period) {
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
		String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
		String source = entry.source() == null || entry.source().isBlank() ? null : entry.source().strip();
		return new Checked(kpi, year, actual, note, source, problems);
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
