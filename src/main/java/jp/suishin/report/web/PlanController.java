package jp.suishin.report.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.suishin.account.Viewer;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.YearParameter;
import jp.suishin.progress.GradeSummary;
import jp.suishin.progress.SchemeName;
import jp.suishin.progress.Schemes;
import jp.suishin.report.SavingAnalysis;
import jp.suishin.report.SavingAnalysis.AnalysisOutcome;
import jp.suishin.report.ChoosingScheme;
import jp.suishin.report.KpiList;
import jp.suishin.report.KpiListExport;
import jp.suishin.report.KpiListQuery;
import jp.suishin.report.PlanOutlineQuery;
import jp.suishin.refusal.Refused;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plan's tree, and its KPI list (評価指標一覧) for a fiscal year. */
@Controller
class PlanController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PlanOutlineQuery outlines;

	private final KpiListQuery kpiLists;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final SavingAnalysis analyses;

	private final ChoosingScheme choosing;

	PlanController(PlanOutlineQuery outlines, KpiListQuery kpiLists, MessageSource messages, ObjectMapper json,
			SavingAnalysis analyses, ChoosingScheme choosing) {
		this.outlines = outlines;
		this.kpiLists = kpiLists;
		this.messages = messages;
		this.json = json;
		this.analyses = analyses;
		this.choosing = choosing;
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		model.addAttribute("outline", outlines.outline(id));
		return "report/plan";
	}

	@GetMapping("/plans/{id}/kpi-list")
	String kpiList(@PathVariable long id, @RequestParam(required = false) String year,
			@RequestParam(required = false) String scheme, Viewer viewer, Model model) {
		KpiList list = kpiLists.kpiList(viewer, id, year(year), scheme(scheme));
		model.addAttribute("list", list);
		model.addAttribute("rights", list.rights());
		model.addAttribute("schemes", Schemes.BUILT_IN);
		model.addAttribute("summaryChartJson", json.writeValueAsString(summaryChart(list.evaluation().summary())));
		return "report/kpi-list";
	}

	/**
	 * The KPI list as CSV (UTF-8 with a byte-order mark, for Excel) in the columns the
	 * {@code evaluate} command and the upload read.
	 */
	@GetMapping(value = "/plans/{id}/kpi-list.csv", produces = "text/csv;charset=UTF-8")
	ResponseEntity<byte[]> kpiListCsv(@PathVariable long id, @RequestParam(required = false) String year,
			@RequestParam(required = false) String scheme, Viewer viewer) {
		KpiList list = kpiLists.kpiList(viewer, id, year(year), scheme(scheme));
		return download(list, "csv", "text/csv;charset=UTF-8", KpiListExport.csv(list));
	}

	/** The KPI list as an xlsx workbook, in the same columns as the CSV. */
	@GetMapping(value = "/plans/{id}/kpi-list.xlsx", produces = XLSX)
	ResponseEntity<byte[]> kpiListXlsx(@PathVariable long id, @RequestParam(required = false) String year,
			@RequestParam(required = false) String scheme, Viewer viewer) {
		KpiList list = kpiLists.kpiList(viewer, id, year(year), scheme(scheme));
		return download(list, "xlsx", XLSX, KpiListExport.xlsx(list));
	}

	private static ResponseEntity<byte[]> download(KpiList list, String extension, String type, byte[] body) {
		String name = "kpi-list-" + list.plan().key() + "-" + list.year().value() + "." + extension;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}

	/**
	 * Makes a built-in scheme the plan's own, from a fiscal year on (中間見直し), with the
	 * reason.
	 */
	@PostMapping("/plans/{id}/scheme")
	String chooseScheme(@PathVariable long id, @RequestParam(required = false) String scheme,
			@RequestParam(required = false) String year, @RequestParam(required = false) String schemeFrom,
			@RequestParam(required = false) String schemeReason, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		if (!choosing.choose(viewer, id, scheme, schemeFrom, schemeReason)) {
			SchemeName.of(scheme).orRefuse("scheme");
		}
		redirect.addFlashAttribute("schemeSaved",
				messages.getMessage("kpilist.scheme.saved", new Object[] { scheme }, locale));
		return "redirect:/plans/" + id + "/kpi-list"
				+ (year == null || year.isBlank() ? "" : "?year=" + year(year).orElseThrow().value());
	}

	private static Optional<String> scheme(String scheme) {
		return SchemeName.parameter(scheme).orRefuse("scheme").map(SchemeName::value);
	}

	/**
	 * Saves the planner's analysis for a year; an empty text goes back to the engine's
	 * draft.
	 */
	@PostMapping("/plans/{id}/analysis")
	String saveAnalysis(@PathVariable long id, @RequestParam String year, @RequestParam(required = false) String text,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		FiscalYear fiscalYear = year(year)
			.orElseThrow(() -> Refused.invalid("year", "fiscal-year.invalid", String.valueOf(year)));
		AnalysisOutcome outcome = analyses.save(viewer, id, fiscalYear, text);
		redirect.addFlashAttribute(outcome == AnalysisOutcome.TOO_LONG ? "analysisError" : "analysisSaved",
				messages.getMessage("analysis." + outcome.name().toLowerCase(Locale.ROOT),
						new Object[] { SavingAnalysis.MAX_LENGTH }, locale));
		return "redirect:/plans/" + id + "/kpi-list?year=" + fiscalYear.value() + "#analysis";
	}

	private static Optional<FiscalYear> year(String year) {
		return YearParameter.of(year).orRefuse("year");
	}

	private Map<String, Object> summaryChart(GradeSummary summary) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> labels = summary.grades()
			.stream()
			.map(g -> g.label() + " "
					+ messages.getMessage("kpilist.summary.tenths.value", new Object[] { g.tenths() }, locale))
			.toList();
		List<Integer> counts = summary.grades().stream().map(GradeSummary.GradeCount::count).toList();
		List<String> codes = summary.grades().stream().map(GradeSummary.GradeCount::code).toList();
		return Map.of("type", "summary", "labels", labels, "counts", counts, "codes", codes);
	}

}
