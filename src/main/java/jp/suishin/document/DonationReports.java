package jp.suishin.document;

import java.util.Optional;

import jp.suishin.account.Viewer;
import jp.suishin.notation.FiscalYear;

/**
 * The corporate donations of a plan against its budget guide: the port the donation
 * module implements.
 */
public interface DonationReports {

	/** Empty when the plan has no budget guide. */
	Optional<YearReview.Donations> of(Viewer viewer, long planId, FiscalYear year);

}
