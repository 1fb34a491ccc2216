package jp.suishin.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;

/** Where KPIs, their listings and their yearly values are kept. */
public interface KpiRepository {

	Optional<Kpi> findById(long id);

	/**
	 * The KPI, its row locked until the transaction ends: definition changes of one KPI
	 * take turns and each decides on what the other wrote. Take it after the collection
	 * locks ({@link LockedYears}), in that order, never before.
	 */
	default Optional<Kpi> findByIdForUpdate(long id) {
		return findById(id);
	}

	Optional<Kpi> findByKey(String key);

	/** The KPIs of the ids that exist, in no particular order: one lookup for a batch. */
	default List<Kpi> findByIds(Collection<Long> ids) {
		return ids.stream().distinct().map(this::findById).flatMap(Optional::stream).toList();
	}

	List<Kpi> findByPlan(long planId);

	/**
	 * The KPIs of many plans, by plan id (a plan without KPIs is left out): one read for
	 * a pass over many organisations.
	 */
	default Map<Long, List<Kpi>> findByPlans(Collection<Long> planIds) {
		Map<Long, List<Kpi>> byPlan = new HashMap<>();
		for (long planId : new TreeSet<>(planIds)) {
			List<Kpi> kpis = findByPlan(planId);
			if (!kpis.isEmpty()) {
				byPlan.put(planId, kpis);
			}
		}
		return byPlan;
	}

	long add(NewKpi kpi);

	/**
	 * Adds many KPIs in one go (a plan imported or generated whole), in one transaction.
	 * @return their ids, in the order given
	 */
	default List<Long> addAll(List<NewKpi> kpis) {
		return kpis.stream().map(this::add).toList();
	}

	long addListing(long nodeId, long kpiId, int position, boolean relisted);

	/** Adds many listings in one go, in one transaction. */
	default void addListings(List<NewListing> listings) {
		listings.forEach(l -> addListing(l.nodeId(), l.kpiId(), l.position(), l.relisted()));
	}

	/** All listings of a plan's KPIs, in node and print order. */
	List<KpiListing> listingsOfPlan(long planId);

	/**
	 * The listings of many plans, by plan id, each plan's as {@link #listingsOfPlan}
	 * orders them.
	 */
	default Map<Long, List<KpiListing>> listingsOfPlans(Collection<Long> planIds) {
		Map<Long, List<KpiListing>> byPlan = new HashMap<>();
		for (long planId : new TreeSet<>(planIds)) {
			List<KpiListing> listings = listingsOfPlan(planId);
			if (!listings.isEmpty()) {
				byPlan.put(planId, listings);
			}
		}
		return byPlan;
	}

	/**
	 * The values of the KPIs of many plans up to a year, a plan at a time:
	 * {@code eachPlan} gets every plan of {@code planIds} once, in no particular order,
	 * with its values (by KPI, oldest year first; none when it has none). The values are
	 * read as one stream, not all held at once; {@code eachPlan} must not read the
	 * database (a result set is open).
	 */
	default void valuesOfPlans(Collection<Long> planIds, FiscalYear upTo,
			BiConsumer<Long, List<YearlyValue>> eachPlan) {
		for (long planId : new TreeSet<>(planIds)) {
			eachPlan.accept(planId, valuesOfPlan(planId).stream().filter(v -> !v.year().isAfter(upTo)).toList());
		}
	}

	/** A KPI's values, oldest year first. */
	List<YearlyValue> values(long kpiId);

	/** The values of all KPIs of a plan. */
	List<YearlyValue> valuesOfPlan(long planId);

	/** The values of all KPIs of a plan for one fiscal year. */
	default List<YearlyValue> valuesOfPlan(long planId, FiscalYear year) {
		return valuesOfPlan(planId).stream().filter(v -> v.year().equals(year)).toList();
	}

	Optional<YearlyValue> findValue(long kpiId, FiscalYear year);

	/**
	 * Stores a value for a year.
	 * @param expectedVersion the version the writer saw, or {@code null} to write
	 * regardless
	 * @return the stored value, or empty when somebody else changed it since
	 * {@code expectedVersion}
	 */
	Optional<YearlyValue> saveValue(long kpiId, FiscalYear year, Actual actual, String note, String source,
			Integer expectedVersion, String user);

	/**
	 * Stores many values (and removals) in one transaction, as {@link #saveValue} and
	 * {@link #deleteValue} store one: versions, {@code updated_at}/{@code updated_by} and
	 * the audit trail alike. All or nothing: when any write's {@code expectedVersion} no
	 * longer matches, or somebody else stores a new year's value meanwhile, nothing is
	 * stored, and the caller's transaction goes on (to say what the values are now). The
	 * audit trail gets one entry per KPI and year, exactly the entry {@link #saveValue}
	 * (or {@link #deleteValue}) writes for it. At most one write per KPI and year.
	 * @return the writes refused because somebody else changed the value since their
	 * {@code expectedVersion}, or stored the year first (nothing was stored then); empty
	 * when all were stored
	 */
	default List<ValueWrite> saveValues(List<ValueWrite> writes, String user) {
		List<ValueWrite> conflicts = new ArrayList<>();
		for (ValueWrite write : writes) {
			int current = findValue(write.kpiId(), write.year()).map(YearlyValue::version).orElse(0);
			if (write.expectedVersion() != null && current != write.expectedVersion()) {
				conflicts.add(write);
			}
		}
		if (!conflicts.isEmpty()) {
			return conflicts;
		}
		// for stores in memory, which have no concurrent writers; the database adapter
		// writes the whole batch in one transaction
		for (ValueWrite write : writes) {
			if (write.removes()) {
				deleteValue(write.kpiId(), write.year(), null, user);
			}
			else {
				saveValue(write.kpiId(), write.year(), write.actual(), write.note(), write.source(), null, user);
			}
		}
		return List.of();
	}

	/**
	 * Changes a KPI's name, direction, target and definition, recording the definition
	 * before and after with the reason in the audit trail. When the direction or target
	 * change, they are kept as a revision that applies from {@code from} on; the years
	 * before keep what applied to them.
	 * @param from the first year the new direction and target apply to; {@code null} when
	 * they do not change
	 */
	void updateDefinition(long kpiId, String name, Direction direction, Target target, String definition,
			FiscalYear from, String reason, String user);

	/** A KPI's revisions of direction and target (中間見直し), oldest first. */
	List<TargetRevision> targetRevisions(long kpiId);

	/**
	 * The revisions of direction and target of all KPIs of a plan, by KPI id, oldest
	 * first.
	 */
	Map<Long, List<TargetRevision>> targetRevisionsOfPlan(long planId);

	/** The revisions of direction and target of the KPIs of many plans, by KPI id. */
	default Map<Long, List<TargetRevision>> targetRevisionsOfPlans(Collection<Long> planIds) {
		Map<Long, List<TargetRevision>> byKpi = new HashMap<>();
		new TreeSet<>(planIds).forEach(planId -> byKpi.putAll(targetRevisionsOfPlan(planId)));
		return byKpi;
	}

	/**
	 * Puts a department (担当課) in charge of entering a KPI's values; {@code null} for
	 * none. The caller records it in the audit trail, with the departments' names.
	 */
	void assignDepartment(long kpiId, Long departmentId);

	/** A KPI's milestones (目安値) by fiscal year. */
	NavigableMap<FiscalYear, BigDecimal> milestones(long kpiId);

	/** The milestones of all KPIs of a plan, by KPI id. */
	Map<Long, NavigableMap<FiscalYear, BigDecimal>> milestonesOfPlan(long planId);

	/** The milestones of the KPIs of many plans, by KPI id. */
	default Map<Long, NavigableMap<FiscalYear, BigDecimal>> milestonesOfPlans(Collection<Long> planIds) {
		Map<Long, NavigableMap<FiscalYear, BigDecimal>> byKpi = new HashMap<>();
		new TreeSet<>(planIds).forEach(planId -> byKpi.putAll(milestonesOfPlan(planId)));
		return byKpi;
	}

	void saveMilestone(long kpiId, FiscalYear year, BigDecimal value, String user);

	void deleteMilestone(long kpiId, FiscalYear year, String user);

	/** A KPI's baseline revisions, oldest first. */
	List<BaselineRevision> baselineRevisions(long kpiId);

	/** The baseline revisions of all KPIs of a plan, by KPI id, oldest first. */
	Map<Long, List<BaselineRevision>> baselineRevisionsOfPlan(long planId);

	/** The baseline revisions of the KPIs of many plans, by KPI id, oldest first. */
	default Map<Long, List<BaselineRevision>> baselineRevisionsOfPlans(Collection<Long> planIds) {
		Map<Long, List<BaselineRevision>> byKpi = new HashMap<>();
		new TreeSet<>(planIds).forEach(planId -> byKpi.putAll(baselineRevisionsOfPlan(planId)));
		return byKpi;
	}

	void addBaselineRevision(long kpiId, Baseline baseline, LocalDate revisedOn, String reason, String user);

	/**
	 * Removes a year's value.
	 * @param expectedVersion the version the writer saw, or {@code null} to remove
	 * regardless
	 * @return false when somebody else changed the value since {@code expectedVersion}
	 */
	boolean deleteValue(long kpiId, FiscalYear year, Integer expectedVersion, String user);

	/**
	 * When the KPI was archived, or empty while it is current (or unknown). An archived
	 * KPI is left out of everything read by plan ({@link #findByPlan},
	 * {@link #listingsOfPlan}, {@link #valuesOfPlan}, milestones and revisions of plans):
	 * out of the current plan's tree, lists, grading and collection. {@link #findById}
	 * still finds it, with its values, for its history.
	 */
	default Optional<Instant> archivedAt(long kpiId) {
		return Optional.empty();
	}

	/**
	 * Whether anything was recorded about a KPI beyond its creation: a value, a
	 * milestone, a revision of its baseline or target, a collection step or remark, or an
	 * audit entry other than those of its creation and listing (an edit counts), its
	 * effect verification (効果検証), its place among an evaluation sheet's indicators or an
	 * expert's opinion on it. A KPI with a history is archived when removed, never
	 * deleted: nothing recorded is lost (a sheet keeps its indicators, the verification
	 * its rows and opinions their subject).
	 */
	default boolean hasHistory(long kpiId) {
		return !values(kpiId).isEmpty() || !milestones(kpiId).isEmpty() || !baselineRevisions(kpiId).isEmpty()
				|| !targetRevisions(kpiId).isEmpty();
	}

	/** Every listing of a KPI, on current nodes or not, in no particular order. */
	default List<KpiListing> listingsOf(long kpiId) {
		throw new UnsupportedOperationException("listings kept here are not read by KPI");
	}

	/**
	 * Changes a KPI's unit, aggregation, baseline and the department in charge as the
	 * plan names it, recorded in the audit trail before and after. Name, direction,
	 * target and definition change through {@link #updateDefinition}.
	 */
	default void updateFigures(long kpiId, Unit unit, Aggregation aggregation, Baseline baseline, String department,
			String user) {
		throw new UnsupportedOperationException("KPIs kept here are not edited");
	}

	/**
	 * Removes a listing of a KPI (a re-listing 再掲, or one whose node goes), recorded in
	 * the audit trail; the KPI's other listings are numbered as they were.
	 */
	default void removeListing(long listingId, String user) {
		throw new UnsupportedOperationException("listings kept here are not removed");
	}

	/**
	 * Makes a re-listing the KPI's own listing (its first one goes with its node): it is
	 * counted in totals from now on.
	 */
	default void makeOwnListing(long listingId) {
		throw new UnsupportedOperationException("listings kept here are not changed");
	}

	/**
	 * Removes a KPI from its plan: archived when it {@linkplain #hasHistory has a
	 * history} (its re-listings go, its own listing stays for the editions that contain
	 * it), deleted with its listings when it has none; recorded in the audit trail either
	 * way (a deleted KPI's entry is the plan's).
	 * @return true when it was archived, false when deleted
	 */
	default boolean remove(long kpiId, String user) {
		throw new UnsupportedOperationException("KPIs kept here are not removed");
	}

}
