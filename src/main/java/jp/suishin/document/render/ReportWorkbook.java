package jp.suishin.document.render;

import java.util.Locale;

import jp.suishin.document.ReportDocument;

/**
 * The report's tables as an xlsx workbook: real numbers with number formats, no merged
 * cells in data areas, and a long-format data sheet. FOUNDATION STUB: the exports helper
 * implements it.
 */
public class ReportWorkbook {

	public byte[] render(ReportDocument document, Locale locale) {
		throw new UnsupportedOperationException("ReportWorkbook: implemented by the exports helper");
	}

}
