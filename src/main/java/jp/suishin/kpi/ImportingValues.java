package jp.suishin.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.FieldProblem;

/**
 * Stores many values at once, for every channel that brings them in bulk (the sample
 * data, the plan import, a department's sheet, the national benchmark). Each entry is
 * held to exactly the rules of {@link RecordingActualValue} (one rule, one place); the
 * batch is all or nothing: one bad entry and nothing is stored, with every problem named
 * by entry and field. The KPIs and plan periods are looked up once per batch, and the
 * values are stored in one transaction ({@link KpiRepository#saveValues}).
 */
public final class ImportingValues {

	private final KpiRepository kpis;

	private final RecordingActualValue.PlanPeriods plans;

	public ImportingValues(KpiRepository kpis, RecordingActualValue.PlanPeriods plans) {
		this.kpis = kpis;
		this.plans = plans;
	}

	/**
	 * A problem with one entry of the batch.
	 *
	 * @param index the entry's position in the batch, from 0
	 */
	public record EntryProblem(int index, ValueEntry entry, FieldProblem problem) {
	}

	/** What became of a batch. */
	public sealed interface Outcome {

		/** Every entry was stored ({@code count} values set or removed). */
		record Stored(int count) implements Outcome {
		}

		/** Nothing was stored; each problem names its entry and field. */
		record Refused(List<EntryProblem> problems) implements Outcome {

			public Refused {
				if (problems.isEmpty()) {
					throw new IllegalArgumentException("a refusal names at least one problem");
				}
				problems = List.copyOf(problems);
			}

		}

	}

	/**
	 * Checks and stores the entries, all or nothing.
	 * @throws KpiNotFoundException when an entry names a KPI that does not exist (a
	 * channel resolves its KPIs before)
	 */
	public Outcome importAll(List<ValueEntry> entries, String user) {
		return importAll(entries, kpisOf(entries), user);
	}

	/**
	 * {@link #importAll(List, String)} with the entries' KPIs already read in the
	 * caller's transaction (a channel that resolved them reads them once).
	 * @param byId at least every KPI an entry names, by id
	 * @throws KpiNotFoundException when an entry names a KPI not among them
	 */
	public Outcome importAll(List<ValueEntry> entries, Map<Long, Kpi> byId, String user) {
		Checked checked = check(entries, byId);
		if (!checked.problems().isEmpty()) {
			return new Outcome.Refused(checked.problems());
		}
		List<ValueWrite> conflicts = kpis.saveValues(checked.writes(), user);
		if (conflicts.isEmpty()) {
			return new Outcome.Stored(checked.writes().size());
		}
		List<EntryProblem> problems = new ArrayList<>();
		for (ValueWrite conflict : conflicts) {
			int index = checked.seen().get(Key.of(conflict));
			problems.add(new EntryProblem(index, entries.get(index),
					RecordingActualValue.conflictProblem(kpis, checked.byId().get(conflict.kpiId()), conflict.year())));
		}
		return new Outcome.Refused(problems);
	}

	/**
	 * What {@link #importAll} would say of the entries, storing nothing: for a channel
	 * that refuses the batch for other reasons and still names every problem.
	 * @param byId at least every KPI an entry names, by id
	 * @throws KpiNotFoundException when an entry names a KPI not among them
	 */
	public List<EntryProblem> problems(List<ValueEntry> entries, Map<Long, Kpi> byId) {
		return check(entries, byId).problems();
	}

	/** The entries checked: their writes, or the problems by entry. */
	private record Checked(List<ValueWrite> writes, List<EntryProblem> problems, Map<Long, Kpi> byId,
			Map<Key, Integer> seen) {
	}

	private Map<Long, Kpi> kpisOf(List<ValueEntry> entries) {
		Map<Long, Kpi> byId = new HashMap<>();
		for (Kpi kpi : kpis.findByIds(entries.stream().map(ValueEntry::kpiId).toList())) {
			byId.put(kpi.id(), kpi);
		}
		return byId;
	}

	private Checked check(List<ValueEntry> entries, Map<Long, Kpi> byId) {
		Map<Long, FiscalPeriod> periods = new HashMap<>();
		Map<Key, Integer> seen = new HashMap<>();
		List<EntryProblem> problems = new ArrayList<>();
		List<ValueWrite> writes = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			ValueEntry entry = entries.get(i);
			Kpi kpi = byId.get(entry.kpiId());
			if (kpi == null) {
				throw new KpiNotFoundException("id " + entry.kpiId());
			}
			FiscalPeriod period = periods.computeIfAbsent(kpi.planId(), plans::periodOf);
			RecordingActualValue.Checked checked = RecordingActualValue.check(entry, kpi, period);
			for (FieldProblem problem : checked.problems()) {
				problems.add(new EntryProblem(i, entry, problem));
			}
			if (checked.write() == null) {
				continue;
			}
			Key key = Key.of(checked.write());
			Integer first = seen.putIfAbsent(key, i);
			if (first != null) {
				problems.add(new EntryProblem(i, entry,
						FieldProblem.of("year", "kpi.value.duplicate", checked.write().year().eraLabel())));
				continue;
			}
			writes.add(checked.write());
		}
		return new Checked(writes, problems, byId, seen);
	}

	private record Key(long kpiId, FiscalYear year) {

		static Key of(ValueWrite write) {
			return new Key(write.kpiId(), write.year());
		}

	}

}
