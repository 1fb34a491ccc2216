package jp.suishin.edition;

import jp.suishin.notation.FiscalYear;

/** How an edition is named on its cover, in the report's language (Japanese). */
public interface EditionWording {

	/**
	 * 令和7年度版 for a first edition, 令和7年度版（第2版・正誤）for a correction.
	 * @param publicationYear the fiscal year of publication (the data year + 1)
	 */
	String label(FiscalYear publicationYear, int number);

}
