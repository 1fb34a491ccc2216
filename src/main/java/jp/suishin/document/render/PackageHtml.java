package jp.suishin.document.render;

import java.util.List;
import java.util.Locale;

import jp.suishin.document.EvaluationPackage;
import jp.suishin.document.ReportDocument;
import jp.suishin.document.ReportDocument.Cover;
import jp.suishin.document.ReportDocument.Section;
import jp.suishin.document.YearReview;
import jp.suishin.notation.FiscalYear;

/**
 * The evaluation package (効果検証資料) as XHTML: the cover with its contents, the KPI list,
 * the projects' sections as the report prints them, the evaluation sheets in full
 * (fields, indicators, the cost table with 財源内訳 and フルコスト, each stage's ratings,
 * direction and comment, the decision), the national effect-verification form, last
 * year's opinions with their responses and follow-up, and the logic models. A part with
 * nothing in it says so, so that the experts see what is still missing. The same markup
 * makes the page (its body as a fragment inside the application's layout), the PDF and a
 * standalone document.
 */
public class PackageHtml {

	private final ReportHtml report = new ReportHtml();

	/** The package as a page of its own, for a browser and for print. */
	public String standalone(EvaluationPackage content, Locale locale) {
		return document(content, Labels.of(locale), null, false);
	}

	/**
	 * The package's body alone, one {@code <div class="evaluation-package">} to place in
	 * a page of the application (its first heading the page's {@code h1}).
	 */
	public String fragment(EvaluationPackage content, Locale locale) {
		Labels labels = Labels.of(locale);
		Xhtml out = new Xhtml(capacity(content));
		out.open("div", "class", "evaluation-package");
		body(out, content, labels);
		out.close("div");
		return out.toString();
	}

	/** The package as the PDF renderer reads it, with the running header. */
	String forPdf(EvaluationPackage content, Locale locale, String pdfCss) {
		return document(content, Labels.of(locale), pdfCss, true);
	}

	/** The package's title: 〇〇計画 効果検証資料（R6年度）. */
	public static String title(EvaluationPackage content, Locale locale) {
		return title(content.report().cover(), Labels.of(locale));
	}

	private static String title(Cover cover, Labels labels) {
		return labels.get("package.title", cover.planName(), cover.dataYearLabel(), Integer.toString(cover.dataYear()));
	}

	private static int capacity(EvaluationPackage content) {
		return 96 * 1024 + content.report().kpiList().rows().size() * 2048 + content.review().programs().size() * 8192;
	}

	private String document(EvaluationPackage content, Labels labels, String pdfCss, boolean runningHeader) {
		Cover cover = content.report().cover();
		Xhtml out = new Xhtml(capacity(content));
		String lang = labels.english() ? "en" : "ja";
		out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
		out.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", lang, "xml:lang", lang);
		out.open("head");
		out.empty("meta", "charset", "UTF-8");
		out.element("title", title(cover, labels));
		out.empty("meta", "name", "author", "content", cover.ownerName());
		out.empty("meta", "name", "subject", "content", cover.planName());
		out.open("style").raw(ReportHtml.CSS);
		if (pdfCss != null) {
			out.raw(pdfCss);
		}
		out.close("style");
		out.close("head");
		out.open("body");
		if (runningHeader) {
			out.element("div", labels.get("package.running-header", cover.planName()), "class", "running-header");
		}
		body(out, content, labels);
		out.close("body").close("html");
		return out.toString();
	}

	private void body(Xhtml out, EvaluationPackage content, Labels labels) {
		ReportDocument document = content.report();
		YearReview review = content.review();
		cover(out, content, labels);
		report.kpiList(out, document, labels);
		int index = 0;
		for (Section section : document.sections()) {
			report.section(out, section, ++index, document.kpiList().columns(), document.kpiList().columnLabels(),
					labels);
		}
		part(out, "package-sheets", labels.get("package.part.sheets"));
		if (review.programs().isEmpty()) {
			none(out, "package.none.sheets", labels);
		}
		else {
			ReviewHtml.sheets(out, review.programs(), labels);
		}
		out.close("section");
		part(out, "package-effects", labels.get("package.part.effects"));
		if (review.effects().isEmpty()) {
			none(out, "package.none.effects", labels);
		}
		else {
			ReviewHtml.effects(out, review.effects(), labels);
		}
		out.close("section");
		part(out, "package-opinions", opinionsHeading(content, labels));
		if (content.previousOpinions().isEmpty()) {
			none(out, "package.none.opinions", labels);
		}
		else {
			ReviewHtml.opinions(out, content.previousOpinions(), labels);
		}
		out.close("section");
		part(out, "package-logic-models", labels.get("package.part.logic-models"));
		if (review.logicModels().isEmpty()) {
			none(out, "package.none.logic-models", labels);
		}
		else {
			ReviewHtml.logicModels(out, review.logicModels(), "h3", labels);
		}
		out.close("section");
	}

	private static String opinionsHeading(EvaluationPackage content, Labels labels) {
		return labels.get("package.part.opinions", content.previousYearLabel(),
				Integer.toString(content.previousYear()));
	}

	private void cover(Xhtml out, EvaluationPackage content, Labels labels) {
		Cover cover = content.report().cover();
		out.open("header", "class", "cover");
		out.element("p", labels.get("package.cover.kind"), "class", "edition draft");
		out.element("h1", title(cover, labels));
		out.element("p", cover.planName(), "class", "plan");
		out.element("p", cover.ownerName(), "class", "owner");
		out.element("p",
				labels.get("render.cover.data-year", cover.dataYearLabel(),
						FiscalYear.of(cover.dataYear()).japaneseLabel(), Integer.toString(cover.dataYear())),
				"class", "data-year");
		if (cover.generatedOn() != null) {
			out.element("p", labels.get("render.cover.generated", labels.date(cover.generatedOn())), "class",
					"generated");
		}
		out.open("nav", "class", "contents");
		out.element("h2", labels.get("package.contents"));
		out.open("ol");
		entry(out, "kpi-list", labels.get("package.part.kpi-list"));
		List<Section> sections = content.report().sections();
		for (int i = 0; i < sections.size(); i++) {
			entry(out, "section-" + (i + 1), sections.get(i).title());
		}
		entry(out, "package-sheets", labels.get("package.part.sheets"));
		entry(out, "package-effects", labels.get("package.part.effects"));
		entry(out, "package-opinions", opinionsHeading(content, labels));
		entry(out, "package-logic-models", labels.get("package.part.logic-models"));
		out.close("ol");
		out.close("nav");
		out.close("header");
	}

	private static void entry(Xhtml out, String id, String text) {
		out.open("li").open("a", "href", "#" + id).text(text).close("a").close("li");
	}

	/** Opens a part's section (closed by the caller) with its heading. */
	private static void part(Xhtml out, String id, String heading) {
		out.open("section", "class", "package-part", "id", id);
		out.element("h2", heading);
	}

	private static void none(Xhtml out, String key, Labels labels) {
		out.element("p", labels.get(key), "class", "note none");
	}

}
