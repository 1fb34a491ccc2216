package jp.suishin.report;

import java.util.Optional;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.LockedYears;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.refusal.Refused;

/**
 * Keeps the analysis a planner edited for a plan's year; an empty text removes it, so the
 * page shows the engine's draft again. The analysis is part of the year's report: once
 * the year is locked (確定) it stays as it was published until a planner reopens the year
 * with a reason. Approving single values does not fix it (the analysis is written after
 * them). Only the plan's planners may.
 */
public final class SavingAnalysis {

	public static final int MAX_LENGTH = 20000;

	private final AnalysisRepository analyses;

	private final PlanOwners plans;

	private final AccessPolicy access;

	private final LockedYears locked;

	private final InOneTransaction work;

	public SavingAnalysis(AnalysisRepository analyses, PlanOwners plans, AccessPolicy access, LockedYears locked,
			InOneTransaction work) {
		this.work = work;
		this.analyses = analyses;
		this.plans = plans;
		this.access = access;
		this.locked = locked;
	}

	/**
	 * @throws Refused not found, forbidden for anyone but the plan's planners, conflict
	 * when the year is locked
	 */
	public AnalysisOutcome save(Viewer viewer, long planId, FiscalYear year, String text) {
		if (text != null && text.length() > MAX_LENGTH) {
			return AnalysisOutcome.TOO_LONG;
		}
		return work.run(() -> {
			Plan plan = plans.planOf(planId).orElseThrow(() -> new PlanNotFoundException(planId));
			access.requirePlan(viewer, plan.ownerId());
			plan.period().admit(year).orRefuse("year");
			if (locked.yearLocked(planId, year)) {
				throw LockedYears.refusal(year);
			}
			if (text == null || text.isBlank()) {
				analyses.delete(planId, year, viewer.actor());
				return AnalysisOutcome.RESET;
			}
			analyses.save(planId, year, text.strip(), viewer.actor());
			return AnalysisOutcome.SAVED;
		});
	}

	/** What became of the text. */
	public enum AnalysisOutcome {

		SAVED, RESET, TOO_LONG

	}

	/** A plan (its owner and period), if it exists. */
	public interface PlanOwners {

		Optional<Plan> planOf(long planId);

	}

}
