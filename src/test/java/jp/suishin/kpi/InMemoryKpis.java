package jp.suishin.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import jp.suishin.notation.FiscalYear;

/**
 * KPIs kept in memory for the use cases' tests: what the use cases ask and store, as the
 * JDBC repository does it (a revision keeps what it replaces; the row has what applies
 * now).
 */
public final class InMemoryKpis implements KpiRepository {

	private final Map<Long, Kpi> kpis = new HashMap<>();

	private final Map<Long, NavigableMap<FiscalYear, BigDecimal>> milestones = new HashMap<>();

	private final Map<Long, List<BaselineRevision>> baselines = new HashMap<>();

	private final Map<Long, List<TargetRevision>> targets = new HashMap<>();

	public Kpi put(Kpi kpi) {
		kpis.put(kpi.id(), kpi);
		return kpi;
	}

	@Override
	public Optional<Kpi> findById(long id) {
		return Optional.ofNullable(kpis.get(id));
	}

	@Override
	public Optional<Kpi> findByKey(String key) {
		return kpis.values().stream().filter(k -> k.key().equals(key)).findFirst();
	}

	@Override
	public List<Kpi> findByPlan(long planId) {
		return kpis.values().stream().filter(k -> k.planId() == planId).toList();
	}

	@Override
	public void updateDefinition(long kpiId, String name, Direction direction, Target target, String definition,
			FiscalYear from, String reason, String user) {
		Kpi before = kpis.get(kpiId);
		if (from != null) {
			targets.computeIfAbsent(kpiId, id -> new ArrayList<>())
				.add(new TargetRevision(kpiId, from, direction, target, before.direction(), before.target(),
						Instant.now(), reason, user));
		}
		kpis.put(kpiId,
				new Kpi(kpiId, before.planId(), before.key(), name, before.unit(), direction, before.aggregation(),
						before.baseline(), target, before.department(), definition, before.departmentId()));
	}

	@Override
	public List<TargetRevision> targetRevisions(long kpiId) {
		return List.copyOf(targets.getOrDefault(kpiId, List.of()));
	}

	@Override
	public Map<Long, List<TargetRevision>> targetRevisionsOfPlan(long planId) {
		Map<Long, List<TargetRevision>> ofPlan = new HashMap<>();
		findByPlan(planId).forEach(k -> ofPlan.put(k.id(), targetRevisions(k.id())));
		return ofPlan;
	}

	@Override
	public NavigableMap<FiscalYear, BigDecimal> milestones(long kpiId) {
		return new TreeMap<>(milestones.getOrDefault(kpiId, new TreeMap<>()));
	}

	@Override
	public Map<Long, NavigableMap<FiscalYear, BigDecimal>> milestonesOfPlan(long planId) {
		Map<Long, NavigableMap<FiscalYear, BigDecimal>> ofPlan = new HashMap<>();
		findByPlan(planId).forEach(k -> ofPlan.put(k.id(), milestones(k.id())));
		return ofPlan;
	}

	@Override
	public void saveMilestone(long kpiId, FiscalYear year, BigDecimal value, String user) {
		milestones.computeIfAbsent(kpiId, id -> new TreeMap<>()).put(year, value);
	}

	@Override
	public void deleteMilestone(long kpiId, FiscalYear year, String user) {
		milestones.getOrDefault(kpiId, new TreeMap<>()).remove(year);
	}

	@Override
	public List<BaselineRevision> baselineRevisions(long kpiId) {
		return List.copyOf(baselines.getOrDefault(kpiId, List.of()));
	}

	@Override
	public Map<Long, List<BaselineRevision>> baselineRevisionsOfPlan(long planId) {
		Map<Long, List<BaselineRevision>> ofPlan = new HashMap<>();
		findByPlan(planId).forEach(k -> ofPlan.put(k.id(), baselineRevisions(k.id())));
		return ofPlan;
	}

	@Override
	public void addBaselineRevision(long kpiId, Baseline baseline, LocalDate revisedOn, String reason, String user) {
		baselines.computeIfAbsent(kpiId, id -> new ArrayList<>())
			.add(new BaselineRevision(kpiId, baseline, revisedOn, reason, user));
	}

	@Override
	public long add(NewKpi kpi) {
		throw new UnsupportedOperationException();
	}

	@Override
	public long addListing(long nodeId, long kpiId, int position, boolean relisted) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<KpiListing> listingsOfPlan(long planId) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<YearlyValue> values(long kpiId) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<YearlyValue> valuesOfPlan(long planId) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<YearlyValue> findValue(long kpiId, FiscalYear year) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<YearlyValue> saveValue(long kpiId, FiscalYear year, Actual actual, String note, String source,
			Integer expectedVersion, String user) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void assignDepartment(long kpiId, Long departmentId) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean deleteValue(long kpiId, FiscalYear year, Integer expectedVersion, String user) {
		throw new UnsupportedOperationException();
	}

}
