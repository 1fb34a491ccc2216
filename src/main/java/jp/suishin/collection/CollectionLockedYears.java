package jp.suishin.collection;

import java.util.List;

import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.LockedYears;
import jp.suishin.notation.FiscalYear;

/** The years a KPI's figures are fixed in, as the plan's collections say. */
public final class CollectionLockedYears implements LockedYears {

	private final CollectionRepository collections;

	private final KpiRepository kpis;

	public CollectionLockedYears(CollectionRepository collections, KpiRepository kpis) {
		this.collections = collections;
		this.kpis = kpis;
	}

	@Override
	public List<FiscalYear> lockedFrom(long kpiId, FiscalYear from) {
		long planId = kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId)).planId();
		return underLock(planId, from).stream()
			.filter(c -> c.locksValue(collections.item(c.id(), kpiId)))
			.map(Collection::year)
			.sorted(java.util.Comparator.comparingInt(FiscalYear::value))
			.toList();
	}

	@Override
	public List<FiscalYear> lockedInPlanFrom(long planId, FiscalYear from) {
		return underLock(planId, from).stream()
			.filter(c -> c.locksValue(java.util.Optional.empty())
					|| collections.items(c.id()).stream().anyMatch(i -> c.locksValue(java.util.Optional.of(i))))
			.map(Collection::year)
			.sorted(java.util.Comparator.comparingInt(FiscalYear::value))
			.toList();
	}

	@Override
	public boolean yearLocked(long planId, FiscalYear year) {
		return collections.find(planId, year)
			.flatMap(c -> collections.findByIdForUpdate(c.id()))
			.map(c -> c.locksValue(java.util.Optional.empty()))
			.orElse(false);
	}

	/**
	 * The plan's collections from a year on, read again under the row lock that approving
	 * and locking take (in id order): inside the caller's transaction, none of them can
	 * be approved or locked until its change is written.
	 */
	private List<Collection> underLock(long planId, FiscalYear from) {
		return collections.ofPlan(planId)
			.stream()
			.filter(c -> c.year().value() >= from.value())
			.sorted(java.util.Comparator.comparingLong(Collection::id))
			.map(c -> collections.findByIdForUpdate(c.id()).orElse(c))
			.toList();
	}

}
