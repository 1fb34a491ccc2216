package jp.suishin.document.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.document.DraftingPackage;
import jp.suishin.document.EvaluationPackage;
import jp.suishin.document.render.PackageHtml;
import jp.suishin.document.render.PackagePdf;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.YearParameter;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluation package of a plan's year for the experts' meeting (効果検証資料), as a page
 * and as a PDF. It holds working data (sheets in progress, the year's unapproved values),
 * so it is for those who may read the owner's working data, like the draft report; to
 * anybody else it does not exist. Without {@code ?year=} it is the package of the last
 * fiscal year that has ended (the one the experts verify this autumn).
 */
@Controller
class EvaluationPackageController {

	private final PlanRepository plans;

	private final AccessPolicy access;

	private final DraftingPackage drafting;

	private final PackageHtml html;

	private final PackagePdf pdf;

	private final Clock clock;

	EvaluationPackageController(PlanRepository plans, AccessPolicy access, DraftingPackage drafting, PackageHtml html,
			PackagePdf pdf, Clock clock) {
		this.plans = plans;
		this.access = access;
		this.drafting = drafting;
		this.html = html;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping("/plans/{id}/evaluation-package")
	String page(@PathVariable long id, @RequestParam(required = false) String year, Viewer viewer, Locale locale,
			Model model) {
		Plan plan = plan(id, viewer);
		FiscalYear fiscalYear = year(year);
		EvaluationPackage content = drafting.draft(viewer, id, fiscalYear);
		model.addAttribute("plan", plan);
		model.addAttribute("year", fiscalYear);
		model.addAttribute("title", PackageHtml.title(content, locale));
		model.addAttribute("body", html.fragment(content, locale));
		return "document/evaluation-package";
	}

	@GetMapping("/plans/{id}/evaluation-package.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String year, Viewer viewer,
			Locale locale) {
		plan(id, viewer);
		EvaluationPackage content = drafting.draft(viewer, id, year(year));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(PackagePdf.fileName(content)).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf.render(content, locale));
	}

	private Plan plan(long id, Viewer viewer) {
		Plan plan = plans.findById(id).orElseThrow(() -> Refused.notFound("plan " + id));
		access.requireSight(viewer, plan.ownerId(), "plan " + id);
		return plan;
	}

	private FiscalYear year(String year) {
		return YearParameter.of(year).orRefuse("year").orElseGet(this::lastEndedYear);
	}

	/**
	 * The fiscal year before the current one (April–March, on the installation's clock).
	 */
	private FiscalYear lastEndedYear() {
		LocalDate today = LocalDate.now(clock);
		int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
		return FiscalYear.of(current - 1);
	}

}
