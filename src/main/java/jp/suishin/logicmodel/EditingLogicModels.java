package jp.suishin.logicmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.Program;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Adds, edits, removes and reorders the elements of a program's logic model, for the
 * browser, the API and the sample data alike. Only the planners of the plan's owner may
 * (as {@link PlanPlanners} decides), on a current program of a plan that is not archived;
 * an element's KPI must be one of that plan's. Every change is a plan audit entry, which
 * also moves the stamps of the plan's public pages. Whatever is refused, nothing is
 * stored.
 */
public final class EditingLogicModels {

	/** The most elements one stage (column) of a model holds. */
	public static final int MAX_PER_STAGE = 12;

	private final LogicModelRecords records;

	private final PlanRepository plans;

	private final PlanPlanners planners;

	private final KpiRepository kpis;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public EditingLogicModels(LogicModelRecords records, PlanRepository plans, PlanPlanners planners,
			KpiRepository kpis, AuditTrail audit, InOneTransaction work) {
		this.records = records;
		this.plans = plans;
		this.planners = planners;
		this.kpis = kpis;
		this.audit = audit;
		this.work = work;
	}

	/**
	 * Adds an element after the others of its stage.
	 * @return its id
	 * @throws Refused invalid naming the fields ({@code stage}, {@code text},
	 * {@code kpi}); not found for an unknown or archived program; conflict for an
	 * archived plan
	 * @throws AccessDenied unless the viewer plans for the plan's owner
	 */
	public long add(Viewer viewer, long programId, LogicElementForm form) {
		return work.run(() -> {
			Plan plan = require(viewer, programId);
			LogicElementContent content = checked(plan, form);
			List<LogicElement> elements = records.elements(programId);
			roomIn(elements, content.stage(), -1);
			long id = records.add(programId, content, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.LOGIC_MODEL_ELEMENT_ADDED,
					detail(programId), null, content.described(), null);
			return id;
		});
	}

	/** Changes what an element says (its stage too: it then goes last in the new one). */
	public void edit(Viewer viewer, long elementId, LogicElementForm form) {
		work.run(() -> {
			LogicElement element = element(elementId);
			Plan plan = require(viewer, element.programId());
			LogicElementContent content = checked(plan, form);
			List<LogicElement> elements = records.elements(element.programId());
			if (content.stage() != element.stage()) {
				roomIn(elements, content.stage(), elementId);
			}
			records.update(elementId, content, viewer.actor());
			if (content.stage() != element.stage()) {
				renumber(element.programId(), element.stage());
				renumber(element.programId(), content.stage());
			}
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.LOGIC_MODEL_ELEMENT_EDITED,
					detail(element.programId()), element.described(), content.described(), null);
			return null;
		});
	}

	public void remove(Viewer viewer, long elementId) {
		work.run(() -> {
			LogicElement element = element(elementId);
			Plan plan = require(viewer, element.programId());
			records.remove(elementId);
			renumber(element.programId(), element.stage());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.LOGIC_MODEL_ELEMENT_REMOVED,
					detail(element.programId()), element.described(), null, null);
			return null;
		});
	}

	/**
	 * Moves an element one place up ({@code -1}) or down ({@code +1}) in its stage; at
	 * either end nothing moves.
	 * @throws Refused invalid ({@code step}) for a step that is not -1 or +1
	 */
	public void move(Viewer viewer, long elementId, int step) {
		if (step != -1 && step != 1) {
			throw Refused.invalid("step", "logicmodel.step.invalid", step);
		}
		work.run(() -> {
			LogicElement element = element(elementId);
			Plan plan = require(viewer, element.programId());
			List<Long> ids = new ArrayList<>(stage(element.programId(), element.stage()));
			int at = ids.indexOf(elementId);
			int to = at + step;
			if (at < 0 || to < 0 || to >= ids.size()) {
				return null;
			}
			ids.remove(at);
			ids.add(to, elementId);
			records.order(ids);
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.LOGIC_MODEL_ELEMENT_MOVED,
					detail(element.programId()) + " " + element.stage().code(), String.valueOf(at + 1),
					String.valueOf(to + 1), null);
			return null;
		});
	}

	/**
	 * The program's plan, when the viewer plans for its owner and the program is current.
	 */
	private Plan require(Viewer viewer, long programId) {
		Program program = plans.findProgram(programId).orElseThrow(() -> Refused.notFound("program " + programId));
		Plan plan = planners.requireOfNode(viewer, program.nodeId());
		if (plans.archivedAt(plan.id()).isPresent()) {
			throw Refused.conflict("logicmodel.plan.archived");
		}
		boolean current = plans.tree(plan.id())
			.map(tree -> tree.programs(program.nodeId()).stream().anyMatch(p -> p.id() == programId))
			.orElse(false);
		if (!current) {
			throw Refused.notFound("archived program " + programId);
		}
		return plan;
	}

	private LogicElementContent checked(Plan plan, LogicElementForm form) {
		Map<String, Long> keys = new HashMap<>();
		for (Kpi kpi : kpis.findByPlan(plan.id())) {
			keys.put(kpi.key(), kpi.id());
		}
		List<FieldProblem> problems = new ArrayList<>();
		LogicElementContent content = form == null ? null : form.checked(keys, problems);
		if (form == null) {
			problems.add(FieldProblem.of("text", "logicmodel.text.required"));
		}
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		return content;
	}

	/** Refuses a stage that is full (but for the element {@code except}). */
	private static void roomIn(List<LogicElement> elements, LogicStage stage, long except) {
		long taken = elements.stream().filter(e -> e.stage() == stage && e.id() != except).count();
		if (taken >= MAX_PER_STAGE) {
			throw Refused.invalid("stage", "logicmodel.stage.full", MAX_PER_STAGE);
		}
	}

	private List<Long> stage(long programId, LogicStage stage) {
		return records.elements(programId).stream().filter(e -> e.stage() == stage).map(LogicElement::id).toList();
	}

	private void renumber(long programId, LogicStage stage) {
		records.order(stage(programId, stage));
	}

	private LogicElement element(long elementId) {
		return records.element(elementId).orElseThrow(() -> Refused.notFound("logic model element " + elementId));
	}

	static String detail(long programId) {
		return "program " + programId;
	}

}
