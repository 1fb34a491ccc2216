package jp.suishin.document.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.document.DraftingReport;
import jp.suishin.document.ReportDocument;
import jp.suishin.document.render.ReportFileName;
import jp.suishin.document.render.ReportHtml;
import jp.suishin.document.render.ReportPdf;
import jp.suishin.document.render.ReportWorkbook;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report of a plan for a fiscal year as a draft (not an edition: the cover says 案),
 * for the people of the plan's owner who may read its working values — the planner checks
 * it before publishing an edition. Rendering a PDF costs a second or so, so the public
 * gets the published editions' stored files instead; to others the draft does not exist.
 */
@Controller
class ReportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PlanRepository plans;

	private final AccessPolicy access;

	private final DraftingReport drafting;

	private final ReportHtml html;

	private final ReportPdf pdf;

	private final ReportWorkbook workbook;

	ReportController(PlanRepository plans, AccessPolicy access, DraftingReport drafting, ReportHtml html, ReportPdf pdf,
			ReportWorkbook workbook) {
		this.plans = plans;
		this.access = access;
		this.drafting = drafting;
		this.html = html;
		this.pdf = pdf;
		this.workbook = workbook;
	}

	@GetMapping("/plans/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam String year, Viewer viewer, Locale locale) {
		ReportDocument document = draft(id, year, viewer);
		return download(document, "pdf", MediaType.APPLICATION_PDF_VALUE, pdf.render(document, locale));
	}

	@GetMapping("/plans/{id}/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam String year, Viewer viewer, Locale locale) {
		ReportDocument document = draft(id, year, viewer);
		return download(document, "xlsx", XLSX, workbook.render(document, locale));
	}

	@GetMapping("/plans/{id}/report.html")
	ResponseEntity<byte[]> html(@PathVariable long id, @RequestParam String year, Viewer viewer, Locale locale) {
		ReportDocument document = draft(id, year, viewer);
		return download(document, "html", "text/html;charset=UTF-8",
				html.standalone(document, locale).getBytes(StandardCharsets.UTF_8));
	}

	private ReportDocument draft(long id, String year, Viewer viewer) {
		Plan plan = plans.findById(id).orElseThrow(() -> Refused.notFound("plan " + id));
		access.requireSight(viewer, plan.ownerId(), "plan " + id);
		FiscalYear fiscalYear = FiscalYear.parse(year).orElseThrow(() -> Refused.notFound("fiscal year " + year));
		return drafting.draft(viewer, id, fiscalYear);
	}

	private static ResponseEntity<byte[]> download(ReportDocument document, String extension, String type,
			byte[] body) {
		// the renderers' ASCII stem (<plan>_<year>_draft), whatever the plan's key holds
		String name = ReportFileName.stem(document.cover()) + "." + extension;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}

}
