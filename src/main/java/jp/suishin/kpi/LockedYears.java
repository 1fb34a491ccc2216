package jp.suishin.kpi;

import java.util.List;

import jp.suishin.notation.FiscalYear;

/**
 * Which years of a KPI have their figures fixed: the year's value approved, or the year's
 * collection locked. Whatever changes such a year's grade (the value, the year's
 * milestone, the target, direction or baseline that applies to it, the plan's scheme) is
 * refused until a planner reopens it with a reason. The collection decides; this port
 * lets the KPI's own use cases ask.
 */
public interface LockedYears {

	/** The years from {@code from} on (inclusive) whose figures of the KPI are fixed. */
	List<FiscalYear> lockedFrom(long kpiId, FiscalYear from);

	default boolean locked(long kpiId, FiscalYear year) {
		return lockedFrom(kpiId, year).contains(year);
	}

}
