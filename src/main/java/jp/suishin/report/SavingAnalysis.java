package jp.suishin.report;

import jp.suishin.notation.FiscalYear;

/**
 * Keeps the analysis a planner edited for a plan's year; an empty text removes it, so the
 * page shows the engine's draft again.
 */
public final class SavingAnalysis {

	public static final int MAX_LENGTH = 20000;

	private final AnalysisRepository analyses;

	private final PlanExistence plans;

	public SavingAnalysis(AnalysisRepository analyses, PlanExistence plans) {
		this.analyses = analyses;
		this.plans = plans;
	}

	public AnalysisOutcome save(long planId, FiscalYear year, String text, String user) {
		if (!plans.exists(planId)) {
			throw new PlanNotFoundException(planId);
		}
		if (text == null || text.isBlank()) {
			analyses.delete(planId, year, user);
			return AnalysisOutcome.RESET;
		}
		if (text.length() > MAX_LENGTH) {
			return AnalysisOutcome.TOO_LONG;
		}
		analyses.save(planId, year, text.strip(), user);
		return AnalysisOutcome.SAVED;
	}

	/** What became of the text. */
	public enum AnalysisOutcome {

		SAVED, RESET, TOO_LONG

	}

	/** Whether a plan exists. */
	public interface PlanExistence {

		boolean exists(long planId);

	}

}
