package jp.suishin.planimport.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.authoring.PlanForm;
import jp.suishin.exchange.Workbooks;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.planimport.ColumnRole;
import jp.suishin.planimport.ExportingPlan;
import jp.suishin.planimport.ImportReport;
import jp.suishin.planimport.ImportUploads;
import jp.suishin.planimport.ImportingPlan;
import jp.suishin.planimport.SheetColumn;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import of a plan's KPI sheet in the browser, for planners: upload, the dry run with
 * the detected column mapping (each column reassigned or ignored, then run again), and
 * the commit, which leads to the imported plan's KPI list. The file is kept in the
 * database between the steps ({@link ImportUploads}), so any node answers any step. Also
 * the export of a plan as the xlsx the import reads best.
 */
@Controller
class PlanImportController {

	static final int PERIOD_MAX_LENGTH = 100;

	static final int FILE_NAME_MAX_LENGTH = 200;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ImportingPlan importing;

	private final ExportingPlan exporting;

	private final ImportUploads uploads;

	private final OrganisationRepository organisations;

	private final AccessPolicy access;

	private final ProblemMessages messages;

	PlanImportController(ImportingPlan importing, ExportingPlan exporting, ImportUploads uploads,
			OrganisationRepository organisations, AccessPolicy access, ProblemMessages messages) {
		this.importing = importing;
		this.exporting = exporting;
		this.uploads = uploads;
		this.organisations = organisations;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/plans/import")
	String form(Viewer viewer, Model model) {
		model.addAttribute("owners", owners(viewer));
		return "planimport/upload";
	}

	@PostMapping("/plans/import")
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String owner,
			@RequestParam(required = false) String planName, @RequestParam(required = false) String period,
			Viewer viewer, Model model, Locale locale, RedirectAttributes redirect) throws IOException {
		List<Organization> owners = owners(viewer);
		Organization chosen = owners.stream().filter(o -> o.key().equals(owner)).findFirst().orElse(null);
		if (chosen == null && owner != null && !owner.isBlank()) {
			throw new AccessDenied("import a plan for " + owner);
		}
		String refused = null;
		if (chosen == null) {
			refused = messages.text("planimport.owner.required", locale);
		}
		else if (file == null || file.isEmpty()) {
			refused = messages.text("planimport.file.required", locale);
		}
		else if (file.getSize() > Workbooks.MAX_FILE_BYTES) {
			refused = messages.text("upload.too-large", locale, Workbooks.MAX_FILE_BYTES / 1024 / 1024);
		}
		else if (planName != null && planName.strip().length() > PlanForm.NAME_MAX_LENGTH) {
			refused = messages.text("authoring.plan.name-required", locale, PlanForm.NAME_MAX_LENGTH);
		}
		else if (period != null && period.strip().length() > PERIOD_MAX_LENGTH) {
			refused = messages.text("planimport.period.too-long", locale, PERIOD_MAX_LENGTH);
		}
		if (refused != null) {
			model.addAttribute("owners", owners);
			model.addAttribute("refused", refused);
			return "planimport/upload";
		}
		String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
				: file.getOriginalFilename();
		// the name is only shown back; a name longer than any a person gives keeps its
		// end
		fileName = fileName.length() > FILE_NAME_MAX_LENGTH
				? fileName.substring(fileName.length() - FILE_NAME_MAX_LENGTH) : fileName;
		String token = uploads.keep(viewer.accountId(), chosen.id(), blank(planName), blank(period), fileName,
				file.getBytes());
		return "redirect:/plans/import/" + token;
	}

	@GetMapping("/plans/import/{token}")
	String dryRun(@PathVariable String token, Viewer viewer, Model model, Locale locale) {
		ImportUploads.Upload upload = upload(viewer, token);
		return show(viewer, upload, Map.of(), model, locale);
	}

	@PostMapping("/plans/import/{token}")
	String step(@PathVariable String token, @RequestParam Map<String, String> form,
			@RequestParam(required = false) String action, Viewer viewer, Model model, Locale locale) {
		ImportUploads.Upload upload = upload(viewer, token);
		Map<String, String> overrides = overrides(form);
		if (!"commit".equals(action)) {
			return show(viewer, upload, overrides, model, locale);
		}
		ImportReport report = importing.commit(viewer, request(upload, overrides));
		if (report.hasProblems()) {
			return render(upload, overrides, report, model, locale);
		}
		uploads.forget(token);
		return "redirect:/plans/" + report.planId() + "/kpi-list";
	}

	@GetMapping(value = "/plans/{id}/export.xlsx", produces = XLSX)
	ResponseEntity<byte[]> export(@PathVariable long id, Viewer viewer) {
		ExportingPlan.Export export = exporting.export(viewer, id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(export.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(XLSX))
			.body(export.content());
	}

	private String show(Viewer viewer, ImportUploads.Upload upload, Map<String, String> overrides, Model model,
			Locale locale) {
		return render(upload, overrides, importing.dryRun(viewer, request(upload, overrides)), model, locale);
	}

	private String render(ImportUploads.Upload upload, Map<String, String> overrides, ImportReport report, Model model,
			Locale locale) {
		model.addAttribute("upload", upload);
		model.addAttribute("report", report);
		model.addAttribute("overrides", new TreeMap<>(overrides));
		List<Map<String, Object>> columns = new ArrayList<>();
		int from = report.plan().from() == null ? 2015 : report.plan().from().value() - 8;
		int to = report.plan().to() == null ? 2035 : report.plan().to().value() + 3;
		for (SheetColumn column : report.columns()) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("letter", column.letter());
			c.put("header", column.header());
			c.put("detected", column.detected());
			c.put("spec", spec(column));
			c.put("options", options(from, to, locale));
			columns.add(c);
		}
		model.addAttribute("columns", columns);
		model.addAttribute("problems", issues(report.problems(), locale));
		model.addAttribute("warnings", issues(report.warnings(), locale));
		model.addAttribute("refusedValues", issues(report.refused(), locale));
		return "planimport/dry-run";
	}

	private List<Map<String, Object>> issues(List<ImportReport.Issue> issues, Locale locale) {
		List<Map<String, Object>> shown = new ArrayList<>();
		for (ImportReport.Issue issue : issues) {
			Map<String, Object> i = new LinkedHashMap<>();
			i.put("sheet", issue.sheet());
			i.put("row", issue.row() == 0 ? "" : String.valueOf(issue.row()));
			i.put("column", issue.column() == null ? "" : issue.column());
			i.put("cell", issue.cell() == null ? "" : issue.cell());
			i.put("message", messages.text(issue.problem(), locale));
			shown.add(i);
		}
		return shown;
	}

	/** The column as an override writes it ({@code level:1}, {@code year:2020}). */
	static String spec(SheetColumn column) {
		ColumnRole role = column.role();
		switch (role) {
			case LEVEL:
				return "level:" + column.level();
			case YEAR_VALUE:
				return "year:" + column.year().value();
			case BASELINE_YEAR:
				return "baseline-year";
			case TARGET_YEAR:
				return "target-year";
			case IGNORED:
				return "ignore";
			default:
				return role.name().toLowerCase(Locale.ROOT);
		}
	}

	private Map<String, String> options(int from, int to, Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int level = 1; level <= 4; level++) {
			options.put("level:" + level, messages.text("planimport.role.level", locale, level));
		}
		for (String role : List.of("kpi", "unit", "direction", "aggregation", "baseline", "baseline-year", "target",
				"target-year", "definition", "department")) {
			options.put(role, messages.text("planimport.role." + role, locale));
		}
		for (int year = from; year <= to; year++) {
			options.put("year:" + year, messages.text("planimport.role.year", locale, String.valueOf(year)));
		}
		options.put("ignore", messages.text("planimport.role.ignore", locale));
		return options;
	}

	/**
	 * The overrides in effect ({@code ov_A}) and the columns the planner changed now
	 * ({@code col_A} other than what was shown, {@code was_A}).
	 */
	static Map<String, String> overrides(Map<String, String> form) {
		Map<String, String> overrides = new TreeMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("ov_") && value != null && !value.isBlank()) {
				overrides.put(name.substring(3), value);
			}
		});
		form.forEach((name, value) -> {
			if (name.startsWith("col_") && value != null && !value.isBlank()) {
				String letter = name.substring(4);
				if (!value.equals(form.get("was_" + letter))) {
					overrides.put(letter, value);
				}
			}
		});
		return overrides;
	}

	private ImportingPlan.Request request(ImportUploads.Upload upload, Map<String, String> overrides) {
		Organization owner = organisations.findById(upload.ownerId()).orElseThrow(() -> Refused.notFound("owner"));
		return new ImportingPlan.Request(owner.key(), upload.planName(), upload.period(), upload.fileName(),
				upload.content(), overrides);
	}

	private ImportUploads.Upload upload(Viewer viewer, String token) {
		requireSignedIn(viewer);
		return uploads.find(token, viewer.accountId()).orElseThrow(() -> Refused.notFound("import upload"));
	}

	/** The organisations the viewer plans for. */
	private List<Organization> owners(Viewer viewer) {
		requireSignedIn(viewer);
		List<Organization> owners = new ArrayList<>();
		for (long id : new java.util.TreeSet<>(access.reach(viewer))) {
			if (access.on(viewer, id).plan()) {
				organisations.findById(id).ifPresent(owners::add);
			}
		}
		return owners;
	}

	private static void requireSignedIn(Viewer viewer) {
		if (!viewer.signedIn()) {
			throw new AccessDenied("import a plan");
		}
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
