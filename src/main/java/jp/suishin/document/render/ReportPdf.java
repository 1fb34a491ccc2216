package jp.suishin.document.render;

import java.util.Locale;

import jp.suishin.document.ReportDocument;

/**
 * The report as an A4 PDF with embedded, subsetted Japanese fonts, the plan's name and
 * edition in the header and page numbers. FOUNDATION STUB: the document helper implements
 * it.
 */
public class ReportPdf {

	public byte[] render(ReportDocument document, Locale locale) {
		throw new UnsupportedOperationException("ReportPdf: implemented by the document module");
	}

}
