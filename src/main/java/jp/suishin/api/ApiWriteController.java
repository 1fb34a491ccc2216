package jp.suishin.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.suishin.account.Viewer;
import jp.suishin.api.ApiModel.ValueJson;
import jp.suishin.api.ApiModel.YearJson;
import jp.suishin.api.ApiWriteModel.AnalysisRequest;
import jp.suishin.api.ApiWriteModel.BaselineRevisionRequest;
import jp.suishin.api.ApiWriteModel.CollectionJson;
import jp.suishin.api.ApiWriteModel.DefinitionRequest;
import jp.suishin.api.ApiWriteModel.MilestoneRequest;
import jp.suishin.api.ApiWriteModel.SchemeRequest;
import jp.suishin.api.ApiWriteModel.CollectionStateJson;
import jp.suishin.api.ApiWriteModel.CommentRequest;
import jp.suishin.api.ApiWriteModel.CreatedJson;
import jp.suishin.api.ApiWriteModel.DepartmentProgressJson;
import jp.suishin.api.ApiWriteModel.FieldErrorJson;
import jp.suishin.api.ApiWriteModel.ItemJson;
import jp.suishin.api.ApiWriteModel.ItemStateJson;
import jp.suishin.api.ApiWriteModel.OpeningRequest;
import jp.suishin.api.ApiWriteModel.ReasonRequest;
import jp.suishin.api.ApiWriteModel.ValueRequest;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.CollectionNotFound;
import jp.suishin.collection.CollectionOverview;
import jp.suishin.collection.CollectionQuery;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.collection.ValueEntryGate;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.kpi.EditingKpiDefinition;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiDefinition;
import jp.suishin.kpi.RevisingBaseline;
import jp.suishin.kpi.SettingMilestone;
import jp.suishin.notation.FiscalYear;
import jp.suishin.progress.SchemeName;
import jp.suishin.notation.YearParameter;
import jp.suishin.refusal.Refused;
import jp.suishin.report.ChoosingScheme;
import jp.suishin.report.SavingAnalysis;
import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.organisation.Department;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Writing through the API under /api/v1: a KPI's value of a year, and the steps of the
 * yearly collection. The same use cases as the pages run here, with the same checks of
 * who is asking. Refusals are problem details: 422 with the problems per field
 * ({@code errors}) when the request cannot be accepted as written, 409 when the step is
 * not possible now (a locked value, a value changed by somebody else in the meantime).
 */
@RestController
@RequestMapping("/api/v1")
class ApiWriteController {

	private final ValueEntryGate gate;

	private final KpiRepository kpis;

	private final CollectingValues collecting;

	private final CollectionQuery query;

	private final CollectionRepository collections;

	private final ProblemMessages messages;

	private final SettingMilestone milestones;

	private final RevisingBaseline baselines;

	private final EditingKpiDefinition definitions;

	private final ChoosingScheme choosing;

	private final SavingAnalysis analyses;

	ApiWriteController(ValueEntryGate gate, KpiRepository kpis, CollectingValues collecting, CollectionQuery query,
			CollectionRepository collections, ProblemMessages messages, SettingMilestone milestones,
			RevisingBaseline baselines, EditingKpiDefinition definitions, ChoosingScheme choosing,
			SavingAnalysis analyses) {
		this.milestones = milestones;
		this.baselines = baselines;
		this.definitions = definitions;
		this.choosing = choosing;
		this.analyses = analyses;
		this.gate = gate;
		this.kpis = kpis;
		this.collecting = collecting;
		this.query = query;
		this.collections = collections;
		this.messages = messages;
	}

	/**
	 * Records a KPI's value of a year: 200 with the stored value, 204 when the value was
	 * removed ({@code －}), 409 when it is locked or changed by somebody else, 422 when it
	 * cannot be read.
	 */
	@PutMapping("/kpis/{id}/values/{year}")
	ResponseEntity<?> recordValue(@PathVariable long id, @PathVariable String year, @RequestBody ValueRequest body,
			Viewer viewer, Locale locale) {
		Kpi kpi = kpis.findById(id).orElseThrow(() -> new KpiNotFoundException("id " + id));
		int version = body.version() == null ? 0 : body.version();
		RecordingOutcome outcome = gate.enter(viewer, new ValueEntry(id, year, body.value(), body.status(),
				body.expectedMonth(), body.note(), body.source(), version));
		if (outcome instanceof RecordingOutcome.Rejected rejected) {
			return refusal(rejected.refusal() instanceof Refusal.Conflict ? HttpStatus.CONFLICT
					: HttpStatus.UNPROCESSABLE_CONTENT, rejected.problems(), locale);
		}
		if (outcome instanceof RecordingOutcome.Recorded recorded) {
			return ResponseEntity.ok(ValueJson.of(kpi, recorded.value()));
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * Sets (or with {@code －} removes) a KPI's milestone of a year: 204, planners only.
	 */
	@PutMapping("/kpis/{id}/milestones/{year}")
	ResponseEntity<Void> setMilestone(@PathVariable long id, @PathVariable String year,
			@RequestBody MilestoneRequest body, Viewer viewer) {
		return stored(milestones.set(viewer, id, year, body.value()));
	}

	/** Revises a KPI's baseline with the reason: 204, planners only. */
	@PostMapping("/kpis/{id}/baseline-revisions")
	ResponseEntity<Void> reviseBaseline(@PathVariable long id, @RequestBody BaselineRevisionRequest body,
			Viewer viewer) {
		return stored(baselines.revise(viewer, id, body.value(), body.year(), body.reason()));
	}

	/** Changes a KPI's definition (a new direction or target from a year on): 204. */
	@PutMapping("/kpis/{id}/definition")
	ResponseEntity<Void> editDefinition(@PathVariable long id, @RequestBody DefinitionRequest body, Viewer viewer) {
		// A field the request leaves out keeps what the KPI has; a blank one clears it.
		KpiDefinition current = KpiDefinition
			.of(kpis.findById(id).orElseThrow(() -> new KpiNotFoundException("id " + id)));
		String targetValue = body.targetValue() != null ? body.targetValue() : current.targetValue();
		String targetYear = body.targetYear() != null ? body.targetYear() : current.targetYear();
		String definition = body.definition() != null ? body.definition() : current.definition();
		return stored(definitions.edit(viewer, id,
				new KpiDefinition(body.name(), body.direction(), targetValue, targetYear, definition, body.from()),
				body.reason()));
	}

	/** Makes a built-in scheme the plan's own from a year on, with the reason: 204. */
	@PutMapping("/plans/{id}/scheme")
	ResponseEntity<Void> chooseScheme(@PathVariable long id, @RequestBody SchemeRequest body, Viewer viewer) {
		if (!choosing.choose(viewer, id, body.scheme(), body.from(), body.reason())) {
			SchemeName.of(body.scheme()).orRefuse("scheme");
		}
		return ResponseEntity.noContent().build();
	}

	/** Saves (or with an empty text resets) the planner's analysis of a year: 204. */
	@PutMapping("/plans/{id}/analyses/{year}")
	ResponseEntity<Void> saveAnalysis(@PathVariable long id, @PathVariable String year,
			@RequestBody AnalysisRequest body, Viewer viewer) {
		FiscalYear fiscalYear = YearParameter.of(year)
			.orRefuse("year")
			.orElseThrow(() -> Refused.invalid("year", "fiscal-year.invalid", ""));
		if (analyses.save(viewer, id, fiscalYear, body.text()) == SavingAnalysis.AnalysisOutcome.TOO_LONG) {
			throw Refused.invalid("text", "analysis.too_long", SavingAnalysis.MAX_LENGTH);
		}
		return ResponseEntity.noContent().build();
	}

	/** 204 when stored; the problems per field (422) otherwise. */
	private static ResponseEntity<Void> stored(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		return ResponseEntity.noContent().build();
	}

	/** A collection with its items and the progress per department. */
	@GetMapping("/collections/{id}")
	CollectionJson collection(@PathVariable long id, Viewer viewer) {
		CollectionOverview overview = query.overview(viewer, id);
		var collection = overview.collection();
		return new CollectionJson(collection.id(), collection.planId(), YearJson.of(collection.year()),
				collection.deadline().toString(), collection.state().name(), overview.overdue(),
				overview.rows()
					.stream()
					.map(r -> new ItemJson(r.kpi().id(), r.kpi().name(), departmentId(r.department()),
							departmentName(r.department()), r.item().state().name(), r.item().remark(),
							r.value() == null ? null : ValueJson.of(r.kpi(), r.value())))
					.toList(),
				overview.progress()
					.stream()
					.map(p -> new DepartmentProgressJson(departmentId(p.department()), departmentName(p.department()),
							p.total(), p.submitted(), p.approved(), p.overdue()))
					.toList());
	}

	/** Opens a fiscal year's collection of a plan: 201 with its id. */
	@PostMapping("/plans/{planId}/collections")
	ResponseEntity<?> open(@PathVariable long planId, @RequestBody OpeningRequest body, Viewer viewer, Locale locale) {
		CollectingValues.Opening opening = collecting.open(viewer, planId, body.fiscalYear(), body.deadline());
		if (!opening.problems().isEmpty()) {
			List<FieldProblem> problems = opening.problems()
				.entrySet()
				.stream()
				.map(e -> new FieldProblem(openingField(e.getKey()), e.getValue()))
				.toList();
			return refusal(HttpStatus.UNPROCESSABLE_CONTENT, problems, locale);
		}
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/collections/{id}")
			.buildAndExpand(opening.collectionId())
			.toUri();
		return ResponseEntity.created(location).body(new CreatedJson(opening.collectionId()));
	}

	@PostMapping("/collections/{id}/kpis/{kpiId}/submit")
	ItemStateJson submit(@PathVariable long id, @PathVariable long kpiId, Viewer viewer) {
		collecting.submit(viewer, id, kpiId);
		return itemState(id, kpiId);
	}

	@PostMapping("/collections/{id}/kpis/{kpiId}/return")
	ItemStateJson returnValue(@PathVariable long id, @PathVariable long kpiId,
			@RequestBody(required = false) CommentRequest body, Viewer viewer) {
		collecting.returnValue(viewer, id, kpiId, body == null ? null : body.comment());
		return itemState(id, kpiId);
	}

	@PostMapping("/collections/{id}/kpis/{kpiId}/approve")
	ItemStateJson approve(@PathVariable long id, @PathVariable long kpiId, Viewer viewer) {
		collecting.approve(viewer, id, kpiId);
		return itemState(id, kpiId);
	}

	@PostMapping("/collections/{id}/kpis/{kpiId}/reopen")
	ItemStateJson reopen(@PathVariable long id, @PathVariable long kpiId,
			@RequestBody(required = false) ReasonRequest body, Viewer viewer) {
		collecting.reopen(viewer, id, kpiId, body == null ? null : body.reason());
		return itemState(id, kpiId);
	}

	@PostMapping("/collections/{id}/lock")
	CollectionStateJson lock(@PathVariable long id, Viewer viewer) {
		collecting.lock(viewer, id);
		return new CollectionStateJson(id,
				collections.findById(id).orElseThrow(() -> new CollectionNotFound(id)).state().name());
	}

	private ItemStateJson itemState(long collectionId, long kpiId) {
		return collections.item(collectionId, kpiId)
			.map(i -> new ItemStateJson(kpiId, i.state().name()))
			.orElseThrow(() -> new KpiNotFoundException("id " + kpiId + " in collection " + collectionId));
	}

	/**
	 * A problem detail with the problems per field; the detail is the only problem's
	 * message, or the general one when there are several.
	 */
	private ResponseEntity<ProblemDetail> refusal(HttpStatus status, List<FieldProblem> problems, Locale locale) {
		List<FieldErrorJson> errors = problems.stream()
			.map(p -> new FieldErrorJson(p.field(), messages.text(p, locale)))
			.toList();
		String detail = errors.size() == 1 && status == HttpStatus.CONFLICT ? errors.get(0).message()
				: messages.text("form.has-errors", locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).body(problem);
	}

	/** The problems of opening name the fields of the request. */
	private static String openingField(String field) {
		return Map.of("year", "fiscalYear").getOrDefault(field, field);
	}

	private static Long departmentId(Department department) {
		return department == null ? null : department.id();
	}

	private static String departmentName(Department department) {
		return department == null ? null : department.name();
	}

}
