package jp.suishin.document.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts a PDF embeds (subsetted): a family with its regular and bold file.
 * Each file is read and parsed once per JVM, not once per PDF: a parsed font is lent to
 * one rendering at a time (PDFBox's fonts are not safe to share between threads) and
 * given back afterwards, so that concurrent renderings each parse a copy once and then
 * reuse it. The default is IPAex Gothic (Debian's {@code fonts-ipaexfont}, IPA Font
 * License) as regular, and as bold by stroking it (IPAex has no bold); OpenType-CFF fonts
 * (Noto CJK) do not work in the renderer.
 */
public final class FontSet {

	/** Where Debian's {@code fonts-ipaexfont-gothic} puts IPAex Gothic. */
	public static final Path IPAEX_GOTHIC = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

	/** The system property (and Spring property) that names another regular font file. */
	public static final String REGULAR_PROPERTY = "suishin.report.font.regular";

	/** The system property (and Spring property) that names another bold font file. */
	public static final String BOLD_PROPERTY = "suishin.report.font.bold";

	private static final Map<List<Object>, FontSet> SETS = new ConcurrentHashMap<>();

	private final String family;

	private final Path regular;

	private final Path bold;

	private final Map<Path, byte[]> bytes = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<Map<Path, TrueTypeFont>> parsed = new ConcurrentLinkedQueue<>();

	private FontSet(String family, Path regular, Path bold) {
		this.family = family;
		this.regular = regular;
		this.bold = bold;
	}

	/**
	 * IPAex Gothic as regular and bold, or the files the system properties
	 * {@value #REGULAR_PROPERTY} and {@value #BOLD_PROPERTY} name.
	 */
	public static FontSet ipaex() {
		Path regular = Path.of(System.getProperty(REGULAR_PROPERTY, IPAEX_GOTHIC.toString()));
		Path bold = Path.of(System.getProperty(BOLD_PROPERTY, regular.toString()));
		return of("IPAexGothic", regular, bold);
	}

	/**
	 * A family from TrueType files (one JVM-wide set per family and files, so that its
	 * fonts are parsed once). The files are read at the first rendering.
	 */
	public static FontSet of(String family, Path regular, Path bold) {
		if (family.isBlank() || !family.matches("[A-Za-z0-9 _-]+")) {
			throw new IllegalArgumentException("a font family name of letters, digits, blanks, - and _: " + family);
		}
		return SETS.computeIfAbsent(List.of(family, regular.toAbsolutePath(), bold.toAbsolutePath()),
				key -> new FontSet(family, regular.toAbsolutePath(), bold.toAbsolutePath()));
	}

	public String family() {
		return family;
	}

	public Path regular() {
		return regular;
	}

	public Path bold() {
		return bold;
	}

	/** The family as CSS names it. */
	String css() {
		return "\"" + family + "\"";
	}

	/**
	 * Lends this set's parsed fonts to one rendering into {@code pdf} and registers them
	 * with the builder; closing the lease gives them back (after the PDF is saved: the
	 * subsetting reads them).
	 */
	Lease lend(PdfRendererBuilder builder, PDDocument pdf) {
		Map<Path, TrueTypeFont> fonts = parsed.poll();
		if (fonts == null) {
			fonts = parse();
		}
		Lease lease = new Lease(fonts);
		try {
			Map<Path, PDFont> embedded = new LinkedHashMap<>();
			for (Map.Entry<Path, TrueTypeFont> font : fonts.entrySet()) {
				embedded.put(font.getKey(), PDType0Font.load(pdf, font.getValue(), true));
			}
			builder.useFont(new PDFontSupplier(embedded.get(regular)), family, 400, FontStyle.NORMAL, true);
			if (!bold.equals(regular)) {
				builder.useFont(new PDFontSupplier(embedded.get(bold)), family, 700, FontStyle.NORMAL, true);
			}
			// else bold text is set in the regular font, stroked as well as filled (the
			// renderer's faux bold for a weight the family does not have)
			return lease;
		}
		catch (IOException | RuntimeException ex) {
			lease.close();
			throw ex instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
	}

	private Map<Path, TrueTypeFont> parse() {
		Map<Path, TrueTypeFont> fonts = new LinkedHashMap<>();
		for (Path file : new ArrayList<>(new java.util.LinkedHashSet<>(List.of(regular, bold)))) {
			try {
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
				CanonicalCharCodes.apply(font);
				// Without its glyph substitutions: horizontal Japanese needs none, and
				// PDFBox
				// applies them to every text it shows by compiling regular expressions
				// (most of a 200-KPI report's time went there).
				font.getTableMap().remove("GSUB");
				fonts.put(file, font);
			}
			catch (IOException ex) {
				throw new IllegalStateException(
						"The PDF font " + file + " is not a TrueType font PDFBox can read (" + ex.getMessage()
								+ "); set " + REGULAR_PROPERTY + " / " + BOLD_PROPERTY + " to a TrueType (.ttf) file",
						ex);
			}
		}
		return fonts;
	}

	private byte[] bytes(Path file) {
		return bytes.computeIfAbsent(file, f -> {
			if (!Files.isReadable(f)) {
				throw new IllegalStateException("The PDF font " + f + " is missing: install it (for IPAex Gothic: "
						+ "apt-get install fonts-ipaexfont) or set " + REGULAR_PROPERTY + " and " + BOLD_PROPERTY
						+ " to TrueType files that exist");
			}
			try {
				return Files.readAllBytes(f);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The PDF font " + f + " cannot be read", ex);
			}
		});
	}

	@Override
	public String toString() {
		return family + " (" + regular + ", " + bold + ")";
	}

	/** Parsed fonts lent to one rendering. */
	final class Lease implements AutoCloseable {

		private Map<Path, TrueTypeFont> fonts;

		private Lease(Map<Path, TrueTypeFont> fonts) {
			this.fonts = fonts;
		}

		@Override
		public void close() {
			if (fonts != null) {
				parsed.offer(fonts);
				fonts = null;
			}
		}

	}

}
