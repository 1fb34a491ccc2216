package jp.suishin.document;

import jp.suishin.account.Viewer;
import jp.suishin.notation.FiscalYear;

/**
 * Computes the report document of a plan for a fiscal year of values from the data, as
 * the viewer may see it (outsiders see only published values). FOUNDATION STUB: the
 * document helper implements it (constructor and wiring are theirs).
 */
public class DraftingReport {

	public ReportDocument draft(Viewer viewer, long planId, FiscalYear dataYear) {
		throw new UnsupportedOperationException("DraftingReport: implemented by the document module");
	}

}
