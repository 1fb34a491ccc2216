package jp.suishin.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Evaluates a plan's programs, for the pages, the API and the sample data alike: a
 * planner of the plan's owner opens a program's sheet for a year naming the department in
 * charge; the planners and that department's editors write it until its first stage is
 * completed; each of the installation's stages is completed in order by a holder of its
 * role on the plan's owner (the department editor stage by an editor of the department in
 * charge); after the last stage a planner records the decision. Whoever may not read the
 * owner's working data is told there is no sheet. Every change is a plan audit entry
 * (which moves the plan's public page stamps); whatever is refused, nothing is stored.
 */
public final class EvaluatingPrograms {

	private final EvaluationSheets sheets;

	private final EvaluationSettings settings;

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final DepartmentRepository departments;

	private final AccessPolicy access;

	private final DonationsDesignated donations;

	private final AuditTrail audit;

	private final InOneTransaction work;

	private final Clock clock;

	public EvaluatingPrograms(EvaluationSheets sheets, EvaluationSettings settings, PlanRepository plans,
			KpiRepository kpis, DepartmentRepository departments, AccessPolicy access, DonationsDesignated donations,
			AuditTrail audit, InOneTransaction work, Clock clock) {
		this.sheets = sheets;
		this.settings = settings;
		this.plans = plans;
		this.kpis = kpis;
		this.departments = departments;
		this.access = access;
		this.donations = donations;
		this.audit = audit;
		this.work = work;
		this.clock = clock;
	}

	/**
	 * Opens a program's sheet of a year.
	 * @return its id
	 * @throws Refused invalid naming {@code year} or {@code department}; conflict when
	 * the sheet exists or the plan is archived; not found
	 * @throws AccessDenied unless the viewer plans for the plan's owner
	 */
	public long open(Viewer viewer, long programId, FiscalYear year, String department) {
		return work.run(() -> {
			ProgramOfPlan of = ProgramOfPlan.find(plans, programId);
			requirePlanner(viewer, of);
			of.requireYear(year);
			if (sheets.find(programId, year).isPresent()) {
				throw Refused.conflict("evaluation.sheet.exists", year.eraLabel());
			}
			long departmentId = department(of, department);
			SheetContent content = SheetContent.opened(departmentId, of.moneyUnit());
			long id = sheets.open(programId, year, content, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(of.plan().id()), AuditAction.EVALUATION_SHEET_OPENED,
					detail(of, year), null, content.described(), null);
			return id;
		});
	}

	/**
	 * Writes what the sheet says (its fields, indicators and cost).
	 * @throws Refused invalid naming the fields; conflict once a stage is completed or
	 * when the plan is archived; not found (also for one who may not read the owner's
	 * working data)
	 * @throws AccessDenied unless the viewer plans for the owner or edits for the
	 * department in charge (who may not move the sheet to another department: refused
	 * naming {@code department})
	 */
	public void edit(Viewer viewer, long programId, FiscalYear year, SheetForm form) {
		work.run(() -> {
			ProgramOfPlan of = ProgramOfPlan.find(plans, programId);
			EvaluationSheet sheet = sheet(viewer, of, year);
			if (!mayWrite(viewer, of, sheet)) {
				throw new AccessDenied("write the evaluation sheet of program " + programId);
			}
			requireNotArchived(of);
			if (sheet.started()) {
				throw Refused.conflict("evaluation.sheet.locked");
			}
			Set<Long> planKpis = kpis.findByPlan(of.plan().id()).stream().map(Kpi::id).collect(Collectors.toSet());
			Set<Long> owned = departments.ofOrganisation(of.plan().ownerId())
				.stream()
				.map(Department::id)
				.collect(Collectors.toSet());
			List<FieldProblem> problems = new ArrayList<>();
			SheetForm written = form;
			String current = String.valueOf(sheet.content().departmentId());
			if (!mayOpen(viewer, of)) {
				// only a planner moves a sheet to another department
				if (form.department() != null && !form.department().isBlank()
						&& !form.department().strip().equals(current)) {
					problems.add(FieldProblem.of("department", "evaluation.department.planners-only"));
				}
				written = form.withDepartment(current);
			}
			// once opened, a sheet writes money in its own unit, whatever the plan's
			// guide says now
			Unit unit = sheet.content().unit();
			BigDecimal donated = live(of, year, unit);
			SheetContent content = written.checked(problems, unit, planKpis, owned, donated);
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			sheets.update(sheet.id(), content, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(of.plan().id()), AuditAction.EVALUATION_SHEET_EDITED,
					detail(of, year), sheet.content().described(), content.described(), null);
			return null;
		});
	}

	/**
	 * Completes a stage of the sheet.
	 * @throws Refused invalid naming {@code stage} (out of order, completed already) or
	 * the verdict's fields; conflict when the plan is archived; not found
	 * @throws AccessDenied unless the viewer holds the stage's role on the owner
	 */
	public void complete(Viewer viewer, long programId, FiscalYear year, long stageId, StageForm form) {
		work.run(() -> {
			ProgramOfPlan of = ProgramOfPlan.find(plans, programId);
			EvaluationSheet sheet = sheet(viewer, of, year);
			List<EvaluationStage> stages = settings.stages();
			EvaluationStage stage = stages.stream()
				.filter(s -> s.id() == stageId)
				.findFirst()
				.orElseThrow(() -> Refused.notFound("evaluation stage " + stageId));
			if (!evaluatesAt(viewer, of, sheet, stage)) {
				throw new AccessDenied("evaluate at stage " + stage.name());
			}
			requireNotArchived(of);
			sheet.requireNext(stage, stages);
			List<FieldProblem> problems = new ArrayList<>();
			StageVerdict verdict = form.checked(problems);
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			if (!sheet.started()) {
				// the first stage: the sheet is evaluated on today's donations and
				// personnel cost
				sheets.freeze(sheet.id(), new FrozenFigures(live(of, year, sheet.content().unit()),
						settings.personnelCost().orElse(null)));
			}
			sheets.complete(sheet.id(), stage, verdict, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(of.plan().id()), AuditAction.EVALUATION_STAGE_COMPLETED,
					detail(of, year) + " " + stage.name(), null, verdict.described(), null);
			return null;
		});
	}

	/**
	 * Records (or changes) the decision on the program, after the sheet's last stage.
	 * @throws Refused invalid naming the fields; conflict while a stage is open; not
	 * found
	 * @throws AccessDenied unless the viewer plans for the owner
	 */
	public void decide(Viewer viewer, long programId, FiscalYear year, DecisionForm form) {
		work.run(() -> {
			ProgramOfPlan of = ProgramOfPlan.find(plans, programId);
			EvaluationSheet sheet = sheet(viewer, of, year);
			requirePlanner(viewer, of);
			List<EvaluationStage> stages = settings.stages();
			if (!sheet.complete(stages)) {
				throw Refused.conflict("evaluation.decision.stages-open",
						sheet.next(stages).map(EvaluationStage::name).orElse(""));
			}
			List<FieldProblem> problems = new ArrayList<>();
			ProgramDecision decision = form.checked(problems, LocalDate.now(clock));
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			sheets.decide(sheet.id(), decision, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(of.plan().id()), AuditAction.EVALUATION_DECIDED,
					detail(of, year), sheet.decision() == null ? null : sheet.decision().described(),
					decision.described(), null);
			return null;
		});
	}

	/** Whether the viewer may open sheets of the program's plan. */
	public boolean mayOpen(Viewer viewer, ProgramOfPlan of) {
		return viewer.signedIn() && access.on(viewer, of.plan().ownerId()).plan();
	}

	/** Whether the viewer may write what the sheet says (before its first stage). */
	public boolean mayWrite(Viewer viewer, ProgramOfPlan of, EvaluationSheet sheet) {
		if (!viewer.signedIn()) {
			return false;
		}
		Rights rights = access.on(viewer, of.plan().ownerId());
		return rights.plan() || access.holdsRole(viewer, of.plan().ownerId(), Role.DEPARTMENT_EDITOR,
				sheet.content().departmentId());
	}

	/** Whether the viewer holds the stage's role for the sheet. */
	public boolean evaluatesAt(Viewer viewer, ProgramOfPlan of, EvaluationSheet sheet, EvaluationStage stage) {
		return access.holdsRole(viewer, of.plan().ownerId(), stage.role(), sheet.content().departmentId());
	}

	/**
	 * The 寄附金 of the program's sheet of the year as printed: the figure the sheet was
	 * evaluated on once its first stage is completed, the donations designated now
	 * before; in the sheet's unit (the plan's while there is no sheet).
	 */
	public String donated(ProgramOfPlan of, FiscalYear year) {
		Optional<EvaluationSheet> sheet = sheets.find(of.program().id(), year);
		Unit unit = sheet.map(s -> s.content().unit()).orElseGet(of::moneyUnit);
		BigDecimal amount = sheet.map(EvaluationSheet::frozen)
			.map(FrozenFigures::donations)
			.orElseGet(() -> live(of, year, unit));
		return QuantityFormat.format(amount, unit);
	}

	/** The donations designated to the program in the year now, in {@code unit}. */
	private BigDecimal live(ProgramOfPlan of, FiscalYear year, Unit unit) {
		BigDecimal amount = donations.to(of.program().id(), year, unit);
		return amount == null ? BigDecimal.ZERO : amount;
	}

	private EvaluationSheet sheet(Viewer viewer, ProgramOfPlan of, FiscalYear year) {
		String what = "evaluation sheet of program " + of.program().id() + " " + year.eraLabel();
		access.requireSight(viewer, of.plan().ownerId(), what);
		// locked until the change is stored: two writers of one sheet take turns
		return sheets.lock(of.program().id(), year).orElseThrow(() -> Refused.notFound(what));
	}

	private void requirePlanner(Viewer viewer, ProgramOfPlan of) {
		if (!mayOpen(viewer, of)) {
			throw new AccessDenied("plan for organisation " + of.plan().ownerId());
		}
		requireNotArchived(of);
	}

	/** An archived plan's sheets are kept as they are. */
	private void requireNotArchived(ProgramOfPlan of) {
		if (plans.archivedAt(of.plan().id()).isPresent()) {
			throw Refused.conflict("evaluation.plan.archived");
		}
	}

	private long department(ProgramOfPlan of, String written) {
		List<FieldProblem> problems = new ArrayList<>();
		SheetForm form = new SheetForm(null, null, null, null, written, List.of(), List.of(), null, null, null, null,
				null);
		Set<Long> owned = departments.ofOrganisation(of.plan().ownerId())
			.stream()
			.map(Department::id)
			.collect(Collectors.toSet());
		SheetContent checked = form.checked(problems, of.moneyUnit(), Set.of(), owned, BigDecimal.ZERO);
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		return checked.departmentId();
	}

	static String detail(ProgramOfPlan of, FiscalYear year) {
		return year.eraLabel() + " program " + of.program().id() + " " + of.program().name();
	}

}
