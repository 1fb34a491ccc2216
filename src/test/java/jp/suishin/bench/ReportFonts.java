package jp.suishin.bench;

import java.nio.file.Path;

import jp.suishin.document.render.FontSet;
import jp.suishin.document.render.ReportPdf;

/** The PDF renderers W4 compares: the report's own fonts, and a Latin-only font. */
final class ReportFonts {

	/** Debian's fonts-dejavu-core: Latin, Greek and Cyrillic, no Japanese. */
	static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

	static final Path DEJAVU_BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

	private ReportFonts() {
	}

	static ReportPdf japanese() {
		return new ReportPdf();
	}

	static ReportPdf latinOnly() {
		return new ReportPdf(FontSet.of("DejaVuSans", DEJAVU, DEJAVU_BOLD));
	}

	static String latinDescription() {
		return "DejaVu Sans, " + DEJAVU.getFileName();
	}

}
