package jp.suishin.kpi;

import java.util.List;

import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.Problem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

/**
 * Which years of a KPI have their figures fixed: the year's value approved, or the year's
 * collection locked. Whatever changes such a year's grade (the value, the year's
 * milestone, the target, direction or baseline that applies to it, the plan's scheme) is
 * refused until a planner reopens it with a reason. The collection decides; this port
 * lets the KPI's and the plan's own use cases ask.
 */
public interface LockedYears {

	/** The years from {@code from} on (inclusive) whose figures of the KPI are fixed. */
	List<FiscalYear> lockedFrom(long kpiId, FiscalYear from);

	default boolean locked(long kpiId, FiscalYear year) {
		return lockedFrom(kpiId, year).contains(year);
	}

	/**
	 * The years from {@code from} on (inclusive) in which the figures of any KPI of the
	 * plan are fixed: a change to the whole plan's grading (its scheme) would move them.
	 */
	List<FiscalYear> lockedInPlanFrom(long planId, FiscalYear from);

	/** Whether the plan's year is locked as a whole (its collection is 確定). */
	boolean yearLocked(long planId, FiscalYear year);

	/**
	 * The one refusal of a change to fixed figures, the same on every channel and for
	 * every kind of change (the message the value entry gives).
	 */
	static Refused refusal(FiscalYear year) {
		return new Refused(new Refusal.Conflict(problem(year)));
	}

	/**
	 * Why a fixed year's figures cannot change: the one message for the value, the
	 * milestone, the target, the baseline, the scheme and the analysis alike.
	 */
	static Problem problem(FiscalYear year) {
		return Problem.of("collection.value.locked", year.eraLabel());
	}

	/** Refuses when any of the years is fixed, naming the first. */
	static void refuseAny(List<FiscalYear> locked) {
		if (!locked.isEmpty()) {
			throw refusal(locked.get(0));
		}
	}

}
