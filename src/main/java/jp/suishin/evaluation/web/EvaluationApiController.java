package jp.suishin.evaluation.web;

import java.net.URI;
import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.document.YearReview;
import jp.suishin.evaluation.DecisionForm;
import jp.suishin.evaluation.EvaluatingPrograms;
import jp.suishin.evaluation.EvaluationSettings;
import jp.suishin.evaluation.ProgramOfPlan;
import jp.suishin.evaluation.ReviewingPrograms;
import jp.suishin.evaluation.SheetForm;
import jp.suishin.evaluation.StageForm;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

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
 * The evaluation sheets through the API, by the same use cases as the program page: read
 * a program's sheet of a year (as the viewer may see it), open it, write it, complete a
 * stage, record the decision. Refusals are RFC 9457 problem details (422 with the fields,
 * 403, 404, 409).
 */
@RestController
@RequestMapping("/api/v1")
class EvaluationApiController {

	private final PlanRepository plans;

	private final EvaluatingPrograms evaluating;

	private final ReviewingPrograms reviewing;

	private final EvaluationSettings settings;

	EvaluationApiController(PlanRepository plans, EvaluatingPrograms evaluating, ReviewingPrograms reviewing,
			EvaluationSettings settings) {
		this.plans = plans;
		this.evaluating = evaluating;
		this.reviewing = reviewing;
		this.settings = settings;
	}

	record StageJson(long id, int position, String name, String role) {
	}

	/** The installation's stages, in order. */
	@GetMapping("/evaluation-stages")
	List<StageJson> stages() {
		return settings.stages()
			.stream()
			.map(s -> new StageJson(s.id(), s.position(), s.name(), s.role().name()))
			.toList();
	}

	/**
	 * A program's sheet of a year: completed ones for everybody, all for working readers.
	 */
	@GetMapping("/programs/{id}/evaluations/{year}")
	YearReview.ProgramReview sheet(@PathVariable long id, @PathVariable String year, Viewer viewer) {
		FiscalYear fiscalYear = year(year);
		ProgramOfPlan of = ProgramOfPlan.find(plans, id);
		return reviewing.of(viewer, of, fiscalYear)
			.orElseThrow(() -> Refused.notFound("evaluation sheet of program " + id + " " + year));
	}

	record OpeningRequest(String year, String department) {
	}

	record CreatedJson(long id) {
	}

	/** Opens a program's sheet of a year: 201, planners of the plan's owner. */
	@PostMapping("/programs/{id}/evaluations")
	ResponseEntity<CreatedJson> open(@PathVariable long id, @RequestBody OpeningRequest body, Viewer viewer) {
		FiscalYear year = year(body.year());
		long sheetId = evaluating.open(viewer, id, year, body.department());
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/programs/{id}/evaluations/{year}")
			.buildAndExpand(id, year.eraLabel())
			.toUri();
		return ResponseEntity.created(location).body(new CreatedJson(sheetId));
	}

	record SheetRequest(String purpose, String target, String means, String intent, String department,
			List<String> activityKpis, List<String> outcomeKpis, String programCost, String generalFund,
			String nationalGrant, String otherFunds, String staffYears) {
	}

	/** Writes what the sheet says: 204, before its first stage. */
	@PutMapping("/programs/{id}/evaluations/{year}")
	ResponseEntity<Void> edit(@PathVariable long id, @PathVariable String year, @RequestBody SheetRequest body,
			Viewer viewer) {
		evaluating.edit(viewer, id, year(year),
				new SheetForm(body.purpose(), body.target(), body.means(), body.intent(), body.department(),
						body.activityKpis(), body.outcomeKpis(), body.programCost(), body.generalFund(),
						body.nationalGrant(), body.otherFunds(), body.staffYears()));
		return ResponseEntity.noContent().build();
	}

	record StageRequest(String necessity, String effectiveness, String efficiency, String direction, String reason,
			String comment) {
	}

	/** Completes a stage: 204, by a holder of its role, in order. */
	@PostMapping("/programs/{id}/evaluations/{year}/stages/{stageId}")
	ResponseEntity<Void> complete(@PathVariable long id, @PathVariable String year, @PathVariable long stageId,
			@RequestBody StageRequest body, Viewer viewer) {
		evaluating.complete(viewer, id, year(year), stageId, new StageForm(body.necessity(), body.effectiveness(),
				body.efficiency(), body.direction(), body.reason(), body.comment()));
		return ResponseEntity.noContent().build();
	}

	record DecisionRequest(String direction, String reason, String budgetConsequence, String decidedOn) {
	}

	/** Records the decision: 204, planners, after the last stage. */
	@PutMapping("/programs/{id}/evaluations/{year}/decision")
	ResponseEntity<Void> decide(@PathVariable long id, @PathVariable String year, @RequestBody DecisionRequest body,
			Viewer viewer) {
		evaluating.decide(viewer, id, year(year),
				new DecisionForm(body.direction(), body.reason(), body.budgetConsequence(), body.decidedOn()));
		return ResponseEntity.noContent().build();
	}

	private static FiscalYear year(String written) {
		return FiscalYear.parse(written == null ? "" : written)
			.orElseThrow(() -> Refused.invalid("year", "fiscal-year.invalid", written == null ? "" : written));
	}

}
