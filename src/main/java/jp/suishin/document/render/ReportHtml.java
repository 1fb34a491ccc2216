package jp.suishin.document.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jp.suishin.document.ReportDocument;
import jp.suishin.document.ReportDocument.ActionLine;
import jp.suishin.document.ReportDocument.ActivityLine;
import jp.suishin.document.ReportDocument.Cover;
import jp.suishin.document.ReportDocument.Distribution;
import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.document.ReportDocument.KpiRow;
import jp.suishin.document.ReportDocument.ProgramLine;
import jp.suishin.document.ReportDocument.Section;
import jp.suishin.document.ReportDocument.Share;
import jp.suishin.notation.FiscalYear;

/**
 * The report as one printable, self-contained XHTML document (print CSS, a page break per
 * project, charts as inline SVG with their data table beside them). The markup is
 * well-formed XML, so that the PDF renderer reads the very same document; every text is
 * escaped. Labels come from the bundles ({@code render.*}) in the given language, the
 * document's own texts are printed as the document holds them. The PDCA year's part
 * ({@link jp.suishin.document.YearReview}: decisions, completed sheets, donations, logic
 * models) follows the programs when the document has one ({@link ReviewHtml}).
 */
public class ReportHtml {

	static final String CSS = resource("report.css");

	/** The document as a page of its own, for a browser and for print. */
	public String standalone(ReportDocument document, Locale locale) {
		return write(document, Labels.of(locale), null, null);
	}

	/**
	 * The document as the PDF renderer reads it: {@code pdfCss} after the print CSS, and
	 * the running header (the plan's name and the edition) as the body's first element.
	 */
	String forPdf(ReportDocument document, Locale locale, String pdfCss) {
		Labels labels = Labels.of(locale);
		return write(document, labels, pdfCss, header(document.cover(), labels));
	}

	/** The edition as printed ({@code 令和7年度版}), or 「案」 for a draft. */
	static String editionLabel(Cover cover, Labels labels) {
		return cover.edition() == null ? labels.get("render.draft") : cover.edition().label();
	}

	static String header(Cover cover, Labels labels) {
		return cover.planName() + "\u3000" + editionLabel(cover, labels);
	}

	private String write(ReportDocument document, Labels labels, String pdfCss, String header) {
		Xhtml out = new Xhtml(64 * 1024 + document.kpiList().rows().size() * 2048);
		Cover cover = document.cover();
		String lang = labels.english() ? "en" : "ja";
		out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
		out.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", lang, "xml:lang", lang);
		out.open("head");
		out.empty("meta", "charset", "UTF-8");
		out.element("title", cover.title() + " " + editionLabel(cover, labels));
		out.empty("meta", "name", "author", "content", cover.ownerName());
		out.empty("meta", "name", "subject", "content", cover.planName());
		out.open("style").raw(CSS);
		if (pdfCss != null) {
			out.raw(pdfCss);
		}
		out.close("style");
		out.close("head");
		out.open("body");
		if (header != null) {
			out.element("div", header, "class", "running-header");
		}
		cover(out, document, labels);
		List<Integer> columns = document.kpiList().columns();
		List<String> columnLabels = document.kpiList().columnLabels();
		int index = 0;
		for (Section section : document.sections()) {
			section(out, section, ++index, columns, columnLabels, labels);
		}
		kpiList(out, document, labels);
		analysis(out, document, labels);
		programs(out, document, labels);
		ReviewHtml.reportPart(out, document.review(), cover.dataYear(), labels);
		out.close("body").close("html");
		return out.toString();
	}

	private void cover(Xhtml out, ReportDocument document, Labels labels) {
		Cover cover = document.cover();
		out.open("header", "class", "cover");
		out.element("p", editionLabel(cover, labels), "class", "edition" + (cover.edition() == null ? " draft" : ""));
		out.element("h1", cover.title());
		out.element("p", cover.planName(), "class", "plan");
		out.element("p", cover.ownerName(), "class", "owner");
		out.element("p",
				labels.get("render.cover.data-year", cover.dataYearLabel(),
						FiscalYear.of(cover.dataYear()).japaneseLabel(), Integer.toString(cover.dataYear())),
				"class", "data-year");
		if (cover.edition() != null && cover.edition().publishedOn() != null) {
			out.element("p", labels.get("render.cover.published", labels.date(cover.edition().publishedOn())), "class",
					"published");
		}
		if (cover.edition() != null && cover.edition().correctionNote() != null) {
			out.open("p", "class", "correction")
				.text(labels.get("render.cover.correction"))
				.text(" ")
				.lines(cover.edition().correctionNote())
				.close("p");
		}
		if (cover.generatedOn() != null) {
			out.element("p", labels.get("render.cover.generated", labels.date(cover.generatedOn())), "class",
					"generated");
		}
		if (!document.sections().isEmpty()) {
			out.open("nav", "class", "contents");
			out.element("h2", labels.get("render.contents"));
			out.open("ol");
			int index = 0;
			for (Section section : document.sections()) {
				out.open("li").open("a", "href", "#section-" + (++index)).text(section.title()).close("a").close("li");
			}
			out.open("li").open("a", "href", "#kpi-list").text(labels.get("render.kpi-list")).close("a").close("li");
			if (ReviewHtml.inReport(document.review())) {
				out.open("li")
					.open("a", "href", "#review")
					.text(labels.get("render.review.title", cover.dataYearLabel(), Integer.toString(cover.dataYear())))
					.close("a")
					.close("li");
			}
			out.close("ol");
			out.close("nav");
		}
		out.close("header");
	}

	void section(Xhtml out, Section section, int index, List<Integer> columns, List<String> columnLabels,
			Labels labels) {
		out.open("section", "class", "project", "id", "section-" + index);
		out.open("h2");
		if (section.code() != null && !section.code().isBlank()) {
			out.element("span", section.code(), "class", "code").text(" ");
		}
		out.text(section.title()).close("h2");
		if (section.area() != null) {
			out.open("p", "class", "area")
				.element("span", labels.get("render.section.area"), "class", "label")
				.text(" ")
				.lines(section.area())
				.close("p");
		}
		if (section.purpose() != null) {
			out.element("h3", labels.get("render.section.purpose"));
			out.open("p", "class", "purpose").lines(section.purpose()).close("p");
		}
		if (!section.activities().isEmpty()) {
			out.element("h3", labels.get("render.section.activities"));
			for (ActivityLine activity : section.activities()) {
				activity(out, activity, labels);
			}
		}
		if (!section.kpis().isEmpty()) {
			out.element("h3", labels.get("render.section.kpis"));
			kpiTable(out, section.kpis(), columns, columnLabels, false, labels);
		}
		if (!section.actions().isEmpty()) {
			out.element("h3", labels.get("render.section.actions", section.actionsYearLabel(),
					Integer.toString(section.actionsYear())));
			out.open("ul", "class", "actions");
			for (ActionLine action : section.actions()) {
				out.open("li").lines(action.text());
				leads(out, action.leads(), labels);
				out.close("li");
			}
			out.close("ul");
		}
		out.close("section");
	}

	private void activity(Xhtml out, ActivityLine activity, Labels labels) {
		out.open("div", "class", "activity");
		out.open("h4").text(activity.title());
		leads(out, activity.leads(), labels);
		out.close("h4");
		fact(out, "render.activity.dates", activity.dates(), labels);
		fact(out, "render.activity.place", activity.place(), labels);
		fact(out, "render.activity.summary", activity.summary(), labels);
		fact(out, "render.activity.participants", activity.participants(), labels);
		out.close("div");
	}

	private void fact(Xhtml out, String key, String value, Labels labels) {
		if (value == null || value.isBlank()) {
			return;
		}
		out.open("p", "class", "fact")
			.element("span", labels.get(key), "class", "label")
			.text(" ")
			.lines(value)
			.close("p");
	}

	private void leads(Xhtml out, List<String> leads, Labels labels) {
		if (leads.isEmpty()) {
			return;
		}
		out.text(" ")
			.element("span", labels.get("render.leads", String.join(labels.get("render.leads.separator"), leads)),
					"class", "leads");
	}

	/**
	 * A KPI table: the section's, or the KPI list's (with the grade, and a heading row
	 * naming the project above each project's rows).
	 */
	private void kpiTable(Xhtml out, List<KpiRow> rows, List<Integer> columns, List<String> columnLabels, boolean list,
			Labels labels) {
		int years = columns.size();
		int width = years + (list ? 5 : 4);
		String span = years > 0 ? "2" : null;
		out.open("table", "class", list ? "kpis kpi-list" : "kpis");
		// fixed column widths: the PDF renderer then lays a long table out without
		// measuring every cell first
		double rest = list ? 36 : 40;
		out.open("colgroup");
		col(out, (list ? 26 : 30) + (years == 0 ? rest : 0));
		col(out, 11);
		for (int i = 0; i < years; i++) {
			col(out, rest / years);
		}
		col(out, 11);
		col(out, 8);
		if (list) {
			col(out, 8);
		}
		out.close("colgroup");
		out.open("thead");
		out.open("tr");
		out.element("th", labels.get("render.kpi.name"), "rowspan", span, "scope", "col", "class", "name");
		out.element("th", labels.get("render.kpi.baseline"), "rowspan", span, "scope", "col");
		if (years > 0) {
			out.element("th", labels.get("render.kpi.actuals"), "colspan", Integer.toString(years), "scope",
					"colgroup");
		}
		out.element("th", labels.get("render.kpi.target"), "rowspan", span, "scope", "col");
		out.element("th", labels.get("render.kpi.progress"), "rowspan", span, "scope", "col");
		if (list) {
			out.element("th", labels.get("render.kpi.grade"), "rowspan", span, "scope", "col");
		}
		out.close("tr");
		if (years > 0) {
			out.open("tr");
			for (int i = 0; i < years; i++) {
				String label = i < columnLabels.size() ? columnLabels.get(i) : Integer.toString(columns.get(i));
				out.element("th", label, "scope", "col", "class", "year");
			}
			out.close("tr");
		}
		out.close("thead");
		String relisted = labels.get("render.kpi.relisted");
		String none = labels.get("render.none");
		Long node = null;
		boolean open = false;
		for (KpiRow row : rows) {
			if (list && (node == null || node != row.nodeId())) {
				if (open) {
					out.close("tbody");
				}
				out.open("tbody", "class", "project");
				out.open("tr", "class", "project")
					.element("th", row.nodeTitle(), "colspan", Integer.toString(width), "scope", "rowgroup")
					.close("tr");
				node = row.nodeId();
				open = true;
			}
			else if (!open) {
				out.open("tbody");
				open = true;
			}
			out.open("tr", "class", row.relisted() ? "kpi relisted" : "kpi");
			out.open("th", "scope", "row", "class", "name").text(row.name());
			if (row.relisted()) {
				out.element("span", relisted, "class", "relisted-mark");
			}
			out.close("th");
			withYear(out, row.baseline(), none);
			for (int i = 0; i < years; i++) {
				Figure value = i < row.values().size() ? row.values().get(i) : null;
				figure(out, value, none);
			}
			withYear(out, row.target(), none);
			out.element("td", row.progressText() == null ? none : row.progressText(), "class",
					row.progressRate() == null ? "num rate unrated" : "num rate");
			if (list) {
				out.element("td", row.gradeLabel() == null ? none : row.gradeLabel(), "class", "grade");
			}
			out.close("tr");
		}
		if (!open) {
			out.open("tbody");
		}
		out.close("tbody");
		out.close("table");
	}

	private static void col(Xhtml out, double percent) {
		out.empty("col", "style", String.format(Locale.ROOT, "width:%.2f%%", percent));
	}

	private void figure(Xhtml out, Figure figure, String none) {
		if (figure == null || figure.text() == null) {
			out.element("td", none, "class", "num");
			return;
		}
		out.element("td", figure.text(), "class", "num " + figure.status().name().toLowerCase(Locale.ROOT));
	}

	/** A baseline or target: its value and, below it, its year in brackets. */
	private void withYear(Xhtml out, Figure figure, String none) {
		if (figure == null || figure.text() == null) {
			out.element("td", none, "class", "num");
			return;
		}
		out.open("td", "class", "num").text(figure.text());
		if (figure.yearLabel() != null) {
			out.element("span", "(" + figure.yearLabel() + ")", "class", "year");
		}
		out.close("td");
	}

	void kpiList(Xhtml out, ReportDocument document, Labels labels) {
		out.open("section", "class", "kpi-list", "id", "kpi-list");
		out.element("h2", labels.get("render.kpi-list"));
		kpiTable(out, document.kpiList().rows(), document.kpiList().columns(), document.kpiList().columnLabels(), true,
				labels);
		Distribution distribution = document.distribution();
		if (distribution != null) {
			out.open("div", "class", "distribution");
			out.element("h3", labels.get("render.distribution"));
			if (distribution.text() != null) {
				out.open("p", "class", "summary").lines(distribution.text().in(labels.locale())).close("p");
			}
			List<Share> shares = distribution.shares();
			out.open("table", "class", "chart-and-data", "role", "presentation").open("tbody").open("tr");
			out.open("td", "class", "chart");
			DistributionChart.write(out, shares, labels.get("render.distribution.chart"), "distribution-chart-title");
			out.close("td");
			out.open("td", "class", "data");
			out.open("table", "class", "shares");
			out.element("caption", labels.get("render.distribution.data"));
			out.open("thead").open("tr");
			out.element("th", labels.get("render.distribution.label"), "scope", "col", "colspan", "2");
			out.element("th", labels.get("render.distribution.count"), "scope", "col");
			out.element("th", labels.get("render.distribution.percent"), "scope", "col");
			out.close("tr").close("thead");
			out.open("tbody");
			for (int i = 0; i < shares.size(); i++) {
				Share share = shares.get(i);
				out.open("tr");
				out.open("td", "class", "swatch")
					.element("span", "\u00a0", "class", "swatch", "style",
							"background-color:" + DistributionChart.colour(shares, i))
					.close("td");
				out.element("th", share.label(), "scope", "row");
				out.element("td", labels.get("render.distribution.count-value", Integer.toString(share.count())),
						"class", "num");
				out.element("td", labels.get("render.distribution.percent-value", Integer.toString(share.percent()),
						Integer.toString(share.tenths())), "class", "num");
				out.close("tr");
			}
			out.close("tbody");
			out.open("tfoot").open("tr");
			out.element("th", labels.get("render.distribution.total"), "scope", "row", "colspan", "2");
			out.element("td", labels.get("render.distribution.count-value", Integer.toString(distribution.unique())),
					"class", "num");
			out.element("td", labels.get("render.distribution.percent-value", "100", "10"), "class", "num");
			out.close("tr").close("tfoot");
			out.close("table");
			out.close("td");
			out.close("tr").close("tbody").close("table");
			out.close("div");
		}
		out.close("section");
	}

	private void analysis(Xhtml out, ReportDocument document, Labels labels) {
		if (document.analysis() == null) {
			return;
		}
		String text = document.analysis().in(labels.locale());
		if (text == null || text.isBlank()) {
			return;
		}
		out.open("section", "class", "analysis", "id", "analysis");
		out.element("h2", labels.get("render.analysis"));
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			out.open("p").lines(paragraph).close("p");
		}
		out.close("section");
	}

	private void programs(Xhtml out, ReportDocument document, Labels labels) {
		if (document.programs().isEmpty()) {
			return;
		}
		int year = document.programs().get(0).year();
		out.open("section", "class", "programs", "id", "programs");
		out.element("h2", labels.get("render.programs", FiscalYear.of(year).eraLabel(), Integer.toString(year)));
		out.open("table", "class", "programs");
		out.open("colgroup");
		col(out, 25);
		col(out, 50);
		col(out, 12);
		col(out, 13);
		out.close("colgroup");
		out.open("thead").open("tr");
		out.element("th", labels.get("render.program.name"), "scope", "col");
		out.element("th", labels.get("render.program.summary"), "scope", "col");
		out.element("th", labels.get("render.program.lead"), "scope", "col");
		out.element("th", labels.get("render.program.projects"), "scope", "col");
		out.close("tr").close("thead");
		out.open("tbody");
		for (ProgramLine program : document.programs()) {
			out.open("tr");
			out.element("th", program.name(), "scope", "row");
			out.open("td").lines(program.summary()).close("td");
			out.element("td", program.lead());
			out.element("td", String.join("", program.projects()));
			out.close("tr");
		}
		out.close("tbody");
		out.close("table");
		out.close("section");
	}

	static String resource(String name) {
		try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) {
				throw new IllegalStateException(name + " must hold no '<' or '&' (it is written into XML as it is)");
			}
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
