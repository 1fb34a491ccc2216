package jp.suishin.document.render;

import java.util.Locale;

import jp.suishin.document.EvaluationPackage;
import jp.suishin.document.RenderedFile;

/**
 * The evaluation package as an A4 PDF: the XHTML of {@link PackageHtml} rendered as the
 * report is ({@link ReportPdf}: its fonts, its running header and page numbers, nothing
 * loaded from outside the document).
 */
public class PackagePdf {

	private final ReportPdf pdf;

	private final PackageHtml html = new PackageHtml();

	public PackagePdf(ReportPdf pdf) {
		this.pdf = pdf;
	}

	public byte[] render(EvaluationPackage content, Locale locale) {
		return pdf.render(html.forPdf(content, locale, pdf.css()), locale);
	}

	/**
	 * The PDF as a file: {@code <plan>_<year>_evaluation-package.pdf} (the renderers'
	 * ASCII stem of the plan and year).
	 */
	public RenderedFile file(EvaluationPackage content, Locale locale) {
		return new RenderedFile(fileName(content), "application/pdf", render(content, locale));
	}

	public static String fileName(EvaluationPackage content) {
		String stem = ReportFileName.stem(content.report().cover().withEdition(null));
		return stem.substring(0, stem.length() - "_draft".length()) + "_evaluation-package.pdf";
	}

}
