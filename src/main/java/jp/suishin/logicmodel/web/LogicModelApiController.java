package jp.suishin.logicmodel.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.suishin.account.Viewer;
import jp.suishin.kpi.Kpi;
import jp.suishin.logicmodel.EditingLogicModels;
import jp.suishin.logicmodel.LogicElement;
import jp.suishin.logicmodel.LogicElementForm;
import jp.suishin.logicmodel.LogicModelRecords;
import jp.suishin.logicmodel.LogicModels;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.Program;
import jp.suishin.refusal.Refused;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A program's logic model through the API under /api/v1: read by everybody (public like
 * the page), written by the planners of the plan's owner with the same use case as the
 * page ({@link EditingLogicModels}); refusals are RFC 9457 problem details (422 with
 * {@code errors} per field, 403, 404, 409) from {@code system.RefusalAdvice}.
 */
@RestController
@RequestMapping("/api/v1/programs/{programId}/logic-model")
class LogicModelApiController {

	private final PlanRepository plans;

	private final LogicModelRecords records;

	private final LogicModels models;

	private final EditingLogicModels editing;

	LogicModelApiController(PlanRepository plans, LogicModelRecords records, LogicModels models,
			EditingLogicModels editing) {
		this.plans = plans;
		this.records = records;
		this.models = models;
		this.editing = editing;
	}

	/** The model's elements in drawing order (an empty list while it has none). */
	@GetMapping
	LogicModelJson model(@PathVariable long programId) {
		Program program = program(programId);
		long planId = plans.findNode(program.nodeId())
			.map(PlanNode::planId)
			.orElseThrow(() -> Refused.notFound("node of program " + programId));
		Map<String, Kpi> kpis = models.kpisOfPlan(planId);
		List<ElementJson> elements = records.elements(programId).stream().map(e -> ElementJson.of(e, kpis)).toList();
		return new LogicModelJson(programId, program.name(), planId, "/programs/" + programId + "/logic-model.svg",
				elements);
	}

	/** Adds an element after the others of its stage: 201 with it. */
	@PostMapping("/elements")
	ResponseEntity<ElementJson> add(@PathVariable long programId, @RequestBody ElementRequest body, Viewer viewer) {
		program(programId);
		long id = editing.add(viewer, programId, body.form());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
		return ResponseEntity.created(location).body(stored(programId, id));
	}

	@GetMapping("/elements/{elementId}")
	ElementJson element(@PathVariable long programId, @PathVariable long elementId) {
		elementOf(programId, elementId);
		return stored(programId, elementId);
	}

	/** Changes what an element says (a new stage puts it last there): 200 with it. */
	@PutMapping("/elements/{elementId}")
	ElementJson edit(@PathVariable long programId, @PathVariable long elementId, @RequestBody ElementRequest body,
			Viewer viewer) {
		elementOf(programId, elementId);
		editing.edit(viewer, elementId, body.form());
		return stored(programId, elementId);
	}

	/** Moves an element one place up ({@code -1}) or down ({@code 1}) in its stage. */
	@PostMapping("/elements/{elementId}/move")
	ElementJson move(@PathVariable long programId, @PathVariable long elementId, @RequestBody MoveRequest body,
			Viewer viewer) {
		elementOf(programId, elementId);
		if (body.step() == null) {
			throw Refused.invalid("step", "logicmodel.step.invalid", "");
		}
		editing.move(viewer, elementId, body.step());
		return stored(programId, elementId);
	}

	@DeleteMapping("/elements/{elementId}")
	ResponseEntity<Void> remove(@PathVariable long programId, @PathVariable long elementId, Viewer viewer) {
		elementOf(programId, elementId);
		editing.remove(viewer, elementId);
		return ResponseEntity.noContent().build();
	}

	private ElementJson stored(long programId, long elementId) {
		LogicElement element = elementOf(programId, elementId);
		long planId = plans.findNode(program(programId).nodeId()).map(PlanNode::planId).orElseThrow();
		return ElementJson.of(element, models.kpisOfPlan(planId));
	}

	private Program program(long programId) {
		return plans.findProgram(programId).orElseThrow(() -> Refused.notFound("program " + programId));
	}

	private LogicElement elementOf(long programId, long elementId) {
		return records.element(elementId)
			.filter(e -> e.programId() == programId)
			.orElseThrow(() -> Refused.notFound("element " + elementId + " of program " + programId));
	}

	record LogicModelJson(long programId, String programName, long planId, String svg, List<ElementJson> elements) {
	}

	record ElementJson(long id, String stage, int position, String text, KpiJson kpi) {

		static ElementJson of(LogicElement element, Map<String, Kpi> kpis) {
			Kpi kpi = element.kpiId() == null ? null
					: kpis.values().stream().filter(k -> k.id() == element.kpiId()).findFirst().orElse(null);
			return new ElementJson(element.id(), element.stage().code(), element.position(), element.text(),
					kpi == null ? null : new KpiJson(kpi.key(), kpi.name(), kpi.unit().text(),
							kpi.direction().name().toLowerCase(Locale.ROOT)));
		}

	}

	record KpiJson(String key, String name, String unit, String direction) {
	}

	/**
	 * @param kpi the key of a KPI of the plan, or {@code null} / blank for none
	 */
	record ElementRequest(String stage, String text, String kpi) {

		LogicElementForm form() {
			return new LogicElementForm(stage, text, kpi);
		}

	}

	record MoveRequest(Integer step) {
	}

}
