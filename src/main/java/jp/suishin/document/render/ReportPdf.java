package jp.suishin.document.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import jp.suishin.document.ReportDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report as an A4 PDF: the very XHTML of {@link ReportHtml} with the PDF's own CSS
 * (the plan's name and the edition in the running header, page numbers, the fonts),
 * rendered by openhtmltopdf on PDFBox. Text is set in the {@link FontSet}'s TrueType
 * fonts, embedded as subsets; the distribution chart is drawn from its SVG as vector
 * graphics. The renderer loads nothing from outside the document.
 */
public class ReportPdf {

	private static final Logger log = LoggerFactory.getLogger(ReportPdf.class);

	private static final String PDF_CSS = ReportHtml.resource("report-pdf.css");

	private final FontSet fonts;

	private final ReportHtml html = new ReportHtml();

	private final String css;

	/** With IPAex Gothic (see {@link FontSet#ipaex()}). */
	public ReportPdf() {
		this(FontSet.ipaex());
	}

	/** With other fonts: another installation's, or a Latin-only font to compare with. */
	public ReportPdf(FontSet fonts) {
		this.fonts = fonts;
		this.css = PDF_CSS.replace("FONT_FAMILIES", fonts.css());
	}

	public FontSet fonts() {
		return fonts;
	}

	public byte[] render(ReportDocument document, Locale locale) {
		return render(html.forPdf(document, locale, css), locale);
	}

	/** The PDF's CSS (after the print CSS), with the fonts' families. */
	String css() {
		return css;
	}

	/** Any document of the renderers' XHTML as a PDF, with the report's fonts. */
	byte[] render(String markup, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		try (PDDocument pdf = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			pdf.getDocumentCatalog().setLanguage("en".equals(locale.getLanguage()) ? "en" : "ja");
			builder.usePDDocument(pdf);
			try (FontSet.Lease lease = fonts.lend(builder, pdf)) {
				builder.useSVGDrawer(new BatikSVGDrawer());
				builder.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
				builder.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
				builder.withDiagnosticConsumer(ReportPdf::log);
				builder.withProducer("Suishin");
				builder.withHtmlContent(markup, "about:report");
				builder.toStream(out);
				builder.run();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF could not be written", ex);
		}
		return out.toByteArray();
	}

	private static void log(Diagnostic diagnostic) {
		if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
			log.warn("PDF: {}", diagnostic.getFormattedMessage());
		}
	}

}
