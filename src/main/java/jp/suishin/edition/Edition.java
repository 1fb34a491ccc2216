package jp.suishin.edition;

import java.time.Instant;
import java.time.LocalDate;

import jp.suishin.document.ReportDocument;
import jp.suishin.notation.FiscalYear;

/**
 * 公表版: a plan's report of one fiscal year of values as it was published. Never changed
 * after publication, except that a correction (正誤) published later names itself in
 * {@code supersededBy}.
 *
 * @param dataYear the fiscal year of the values (R6 for the 令和7年度版)
 * @param number 1 for the year's first edition, 2 for its first correction …
 * @param label as the cover prints it (令和7年度版, 令和7年度版（第2版・正誤）)
 * @param correctionNote what a correction changed; {@code null} for the first edition
 * @param supersedes the edition this one corrects, or {@code null}
 * @param supersededBy the correction that replaced this one, or {@code null}
 * @param formatVersion the {@link ReportDocument#FORMAT_VERSION} its document was stored
 * with
 */
public record Edition(long id, long planId, long ownerId, FiscalYear dataYear, int number, String label,
		LocalDate publishedOn, Instant publishedAt, String publishedBy, String correctionNote, Long supersedes,
		Long supersededBy, int formatVersion) {

	/** The fiscal year the edition is published in and named after: the data year + 1. */
	public static FiscalYear publicationYear(FiscalYear dataYear) {
		return dataYear.next();
	}

	public FiscalYear publicationYear() {
		return publicationYear(dataYear);
	}

	public boolean superseded() {
		return supersededBy != null;
	}

	public boolean correction() {
		return number > 1;
	}

	/** How the edition's document names it. */
	public ReportDocument.EditionMark mark() {
		return new ReportDocument.EditionMark(id, number, label, publishedOn, correctionNote);
	}

}
