package jp.suishin.document.render;

import java.util.Locale;

import jp.suishin.document.ReportDocument;

/**
 * The report as one printable, self-contained HTML document (print CSS, a page break per
 * project, charts as inline SVG with their data table). FOUNDATION STUB: the document
 * helper implements it.
 */
public class ReportHtml {

	public String standalone(ReportDocument document, Locale locale) {
		throw new UnsupportedOperationException("ReportHtml: implemented by the document module");
	}

}
