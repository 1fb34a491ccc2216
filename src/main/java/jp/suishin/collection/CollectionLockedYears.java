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
		return collections.ofPlan(planId)
			.stream()
			.filter(c -> c.year().value() >= from.value())
			.filter(c -> c.locksValue(collections.item(c.id(), kpiId)))
			.map(Collection::year)
			.sorted(java.util.Comparator.comparingInt(FiscalYear::value))
			.toList();
	}

}
