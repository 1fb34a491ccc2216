package jp.suishin.document;

import jp.suishin.account.Viewer;
import jp.suishin.notation.FiscalYear;

/**
 * Puts together the evaluation package of a plan's year for the experts' meeting: the
 * year's report drafted as the viewer may see it ({@link DraftingReport}, the PDCA year's
 * parts included) and last year's opinions with their follow-up
 * ({@link GatheringReview#opinions}). Like the draft report it is never an edition: it
 * holds working data, for those who may read it.
 */
public class DraftingPackage {

	private final DraftingReport drafting;

	private final GatheringReview review;

	public DraftingPackage(DraftingReport drafting, GatheringReview review) {
		this.drafting = drafting;
		this.review = review;
	}

	/**
	 * @param year the fiscal year of the values evaluated (2024 for the package of R6,
	 * read by the experts in the autumn of 2025)
	 * @throws jp.suishin.report.PlanNotFoundException when there is no such plan
	 */
	public EvaluationPackage draft(Viewer viewer, long planId, FiscalYear year) {
		ReportDocument report = drafting.draft(viewer, planId, year);
		FiscalYear previous = year.previous();
		return new EvaluationPackage(report, previous.value(), previous.eraLabel(),
				review.opinions(viewer, planId, previous));
	}

}
