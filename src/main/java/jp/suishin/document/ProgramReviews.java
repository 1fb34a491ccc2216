package jp.suishin.document;

import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.notation.FiscalYear;

/**
 * The evaluation sheets of a plan's programs for a year, as the documents print them: the
 * port the evaluation module implements.
 */
public interface ProgramReviews {

	/**
	 * @return the sheets the viewer may see: all of them for one who reads the owner's
	 * working data, only completed sheets (and decisions taken) for anybody else
	 */
	List<YearReview.ProgramReview> of(Viewer viewer, long planId, FiscalYear year);

}
