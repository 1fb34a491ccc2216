package jp.suishin.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jp.suishin.document.RenderedFile;
import jp.suishin.document.ReportDocument;
import jp.suishin.document.render.ReportFileName;
import jp.suishin.document.render.ReportHtml;
import jp.suishin.document.render.ReportPdf;
import jp.suishin.document.render.ReportWorkbook;
import jp.suishin.opendata.OpenData;

/**
 * Renders an edition's files from its marked document, once, at publication: the report
 * as PDF, xlsx and printable HTML (in Japanese, as published), then the open-data files.
 */
public final class EditionRendering {

	public static final String PDF = "application/pdf";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String HTML = "text/html;charset=UTF-8";

	private final Function<ReportDocument, byte[]> pdf;

	private final Function<ReportDocument, byte[]> workbook;

	private final Function<ReportDocument, String> html;

	private final Function<ReportDocument, List<RenderedFile>> openData;

	/**
	 * @param pdf {@code ReportPdf#render}, {@code workbook}
	 * {@code ReportWorkbook#render}, {@code html} {@code ReportHtml#standalone}, in the
	 * language of publication
	 * @param openData {@code OpenData#files}
	 */
	public EditionRendering(Function<ReportDocument, byte[]> pdf, Function<ReportDocument, byte[]> workbook,
			Function<ReportDocument, String> html, Function<ReportDocument, List<RenderedFile>> openData) {
		this.pdf = pdf;
		this.workbook = workbook;
		this.html = html;
		this.openData = openData;
	}

	/**
	 * With the renderers themselves, in Japanese, the language the report is published
	 * in.
	 */
	public static EditionRendering of(ReportPdf pdf, ReportWorkbook workbook, ReportHtml html, OpenData openData) {
		return new EditionRendering(d -> pdf.render(d, Locale.JAPANESE), d -> workbook.render(d, Locale.JAPANESE),
				d -> html.standalone(d, Locale.JAPANESE), openData::files);
	}

	public List<RenderedFile> render(ReportDocument edition) {
		String base = baseName(edition);
		List<RenderedFile> files = new ArrayList<>();
		files.add(new RenderedFile(base + ".pdf", PDF, pdf.apply(edition)));
		files.add(new RenderedFile(base + ".xlsx", XLSX, workbook.apply(edition)));
		files.add(new RenderedFile(base + ".html", HTML,
				html.apply(edition).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		for (RenderedFile file : openData.apply(edition)) {
			if (files.stream().noneMatch(f -> f.fileName().equals(file.fileName()))) {
				files.add(file);
			}
		}
		return List.copyOf(files);
	}

	/**
	 * The files' common stem, as the renderers name theirs: {@code <plan>_<year>_ed<N>}
	 * ({@link ReportFileName}).
	 */
	static String baseName(ReportDocument edition) {
		return ReportFileName.stem(edition.cover());
	}

}
