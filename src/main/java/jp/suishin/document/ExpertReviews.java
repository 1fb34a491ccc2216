package jp.suishin.document;

import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.notation.FiscalYear;

/**
 * The experts' verification of a plan's year (効果検証), as the documents print it: the port
 * the verification module implements.
 */
public interface ExpertReviews {

	/**
	 * The opinions on the year, with their responses and follow-up, as the viewer may see
	 * them.
	 */
	List<YearReview.Opinion> opinions(Viewer viewer, long planId, FiscalYear year);

	/** The national effect-verification form of the year, one row per KPI of the plan. */
	List<YearReview.EffectRow> effects(Viewer viewer, long planId, FiscalYear year);

}
