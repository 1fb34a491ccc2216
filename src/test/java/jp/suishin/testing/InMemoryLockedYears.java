package jp.suishin.testing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.suishin.kpi.LockedYears;
import jp.suishin.notation.FiscalYear;

/**
 * Fixed years kept in memory: a KPI's approved years, and a plan's locked years (which
 * fix every KPI of the plan).
 */
public final class InMemoryLockedYears implements LockedYears {

	private final Map<Long, Long> planOfKpi = new HashMap<>();

	private final Map<Long, Set<FiscalYear>> approved = new HashMap<>();

	private final Map<Long, Set<FiscalYear>> lockedPlanYears = new HashMap<>();

	public InMemoryLockedYears kpi(long kpiId, long planId) {
		planOfKpi.put(kpiId, planId);
		return this;
	}

	/** The KPI's value of the year is approved. */
	public InMemoryLockedYears approve(long kpiId, FiscalYear year) {
		approved.computeIfAbsent(kpiId, id -> new HashSet<>()).add(year);
		return this;
	}

	/** The plan's year is locked (確定). */
	public InMemoryLockedYears lock(long planId, FiscalYear year) {
		lockedPlanYears.computeIfAbsent(planId, id -> new HashSet<>()).add(year);
		return this;
	}

	@Override
	public List<FiscalYear> lockedFrom(long kpiId, FiscalYear from) {
		Set<FiscalYear> years = new HashSet<>(approved.getOrDefault(kpiId, Set.of()));
		years.addAll(lockedPlanYears.getOrDefault(planOfKpi.get(kpiId), Set.of()));
		return years.stream().filter(y -> !y.isBefore(from)).sorted().toList();
	}

	@Override
	public List<FiscalYear> lockedInPlanFrom(long planId, FiscalYear from) {
		Set<FiscalYear> years = new HashSet<>(lockedPlanYears.getOrDefault(planId, Set.of()));
		planOfKpi.forEach((kpi, plan) -> {
			if (plan == planId) {
				years.addAll(approved.getOrDefault(kpi, Set.of()));
			}
		});
		return years.stream().filter(y -> !y.isBefore(from)).sorted().toList();
	}

	@Override
	public boolean yearLocked(long planId, FiscalYear year) {
		return lockedPlanYears.getOrDefault(planId, Set.of()).contains(year);
	}

}
