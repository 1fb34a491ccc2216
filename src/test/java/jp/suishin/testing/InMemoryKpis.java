package jp.suishin.testing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.BaselineRevision;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.NewKpi;
import jp.suishin.kpi.Target;
import jp.suishin.kpi.TargetRevision;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;

/**
 * KPIs kept in memory, as the JDBC repository keeps them: a value's version guards its
 * change and each saved or removed value writes its audit entry; a revision keeps what it
 * replaces while the row has what applies now. Writes of values are noted in the journal.
 */
public final class InMemoryKpis implements KpiRepository {

	private final Map<Long, Kpi> kpis = new LinkedHashMap<>();

	private final Map<String, YearlyValue> values = new LinkedHashMap<>();

	private final Map<Long, NavigableMap<FiscalYear, BigDecimal>> milestones = new LinkedHashMap<>();

	private final Map<Long, List<BaselineRevision>> baselines = new LinkedHashMap<>();

	private final Map<Long, List<TargetRevision>> targets = new LinkedHashMap<>();

	private final Clock clock;

	private final InMemoryWork work;

	private final AuditTrail audit;

	/** KPIs on the system clock, with a journal and an audit trail of their own. */
	public InMemoryKpis() {
		this(Clock.systemUTC(), new InMemoryWork());
	}

	private InMemoryKpis(Clock clock, InMemoryWork work) {
		this(clock, work, new InMemoryAuditTrail(clock, work));
	}

	public InMemoryKpis(Clock clock, InMemoryWork work, AuditTrail audit) {
		this.clock = clock;
		this.work = work;
		this.audit = audit;
	}

	private static String key(long kpiId, FiscalYear year) {
		return kpiId + "/" + year.value();
	}

	/** Stores the KPI as it is (replacing one of its id). */
	public Kpi put(Kpi kpi) {
		kpis.put(kpi.id(), kpi);
		return kpi;
	}

	/** Every value stored, of every KPI. */
	public List<YearlyValue> storedValues() {
		return List.copyOf(values.values());
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
	public Optional<YearlyValue> findValue(long kpiId, FiscalYear year) {
		return Optional.ofNullable(values.get(key(kpiId, year)));
	}

	@Override
	public Optional<YearlyValue> saveValue(long kpiId, FiscalYear year, Actual actual, String note, String source,
			Integer expectedVersion, String user) {
		Optional<YearlyValue> existing = findValue(kpiId, year);
		int version = existing.map(YearlyValue::version).orElse(0);
		if (expectedVersion != null && version != expectedVersion) {
			return Optional.empty();
		}
		YearlyValue saved = new YearlyValue(kpiId, year, actual, note, source, version + 1, clock.instant(), user);
		values.put(key(kpiId, year), saved);
		work.note("save value " + key(kpiId, year));
		audit.record(user, AuditSubject.kpi(kpiId), AuditAction.VALUE_SET, year.eraLabel(), null, null, null);
		return Optional.of(saved);
	}

	@Override
	public boolean deleteValue(long kpiId, FiscalYear year, Integer expectedVersion, String user) {
		YearlyValue existing = values.get(key(kpiId, year));
		if (existing == null) {
			return expectedVersion == null || expectedVersion == 0;
		}
		if (expectedVersion != null && existing.version() != expectedVersion) {
			return false;
		}
		values.remove(key(kpiId, year));
		work.note("remove value " + key(kpiId, year));
		audit.record(user, AuditSubject.kpi(kpiId), AuditAction.VALUE_REMOVED, year.eraLabel(), null, null, null);
		return true;
	}

	@Override
	public List<YearlyValue> values(long kpiId) {
		return values.values().stream().filter(v -> v.kpiId() == kpiId).toList();
	}

	@Override
	public List<YearlyValue> valuesOfPlan(long planId) {
		return values.values().stream().filter(v -> kpis.get(v.kpiId()).planId() == planId).toList();
	}

	@Override
	public void assignDepartment(long kpiId, Long departmentId) {
		Kpi k = kpis.get(kpiId);
		kpis.put(kpiId, new Kpi(k.id(), k.planId(), k.key(), k.name(), k.unit(), k.direction(), k.aggregation(),
				k.baseline(), k.target(), k.department(), k.definition(), departmentId));
	}

	@Override
	public void updateDefinition(long kpiId, String name, Direction direction, Target target, String definition,
			FiscalYear from, String reason, String user) {
		Kpi before = kpis.get(kpiId);
		if (from != null) {
			targets.computeIfAbsent(kpiId, id -> new ArrayList<>())
				.add(new TargetRevision(kpiId, from, direction, target, before.direction(), before.target(),
						clock.instant(), reason, user));
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
		Map<Long, List<TargetRevision>> ofPlan = new LinkedHashMap<>();
		findByPlan(planId).forEach(k -> ofPlan.put(k.id(), targetRevisions(k.id())));
		return ofPlan;
	}

	@Override
	public NavigableMap<FiscalYear, BigDecimal> milestones(long kpiId) {
		return new TreeMap<>(milestones.getOrDefault(kpiId, new TreeMap<>()));
	}

	@Override
	public Map<Long, NavigableMap<FiscalYear, BigDecimal>> milestonesOfPlan(long planId) {
		Map<Long, NavigableMap<FiscalYear, BigDecimal>> ofPlan = new LinkedHashMap<>();
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
		Map<Long, List<BaselineRevision>> ofPlan = new LinkedHashMap<>();
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

}
