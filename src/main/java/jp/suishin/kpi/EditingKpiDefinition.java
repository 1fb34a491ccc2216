package jp.suishin.kpi;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.suishin.account.Viewer;
import jp.suishin.audit.Reason;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.ValueNotation;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Changes a KPI's name, direction, target or definition, with the reason; the audit trail
 * keeps the definition before and after. A new direction or target is a mid-term revision
 * (中間見直し): it applies from a fiscal year on (the plan's first year when none is given),
 * is kept with its history, and is refused while any of those years' figures are fixed.
 * The years before keep grading on what applied to them. Only the plan's planners may.
 */
public final class EditingKpiDefinition {

	public static final int NAME_MAX_LENGTH = 500;

	public static final int DEFINITION_MAX_LENGTH = 5000;

	private final KpiRepository kpis;

	private final RecordingActualValue.PlanPeriods plans;

	private final KpiPlanners planners;

	private final LockedYears locked;

	private final InOneTransaction work;

	public EditingKpiDefinition(KpiRepository kpis, RecordingActualValue.PlanPeriods plans, KpiPlanners planners,
			LockedYears locked, InOneTransaction work) {
		this.work = work;
		this.kpis = kpis;
		this.plans = plans;
		this.planners = planners;
		this.locked = locked;
	}

	/**
	 * @return the problems, each naming its field; empty when the change was stored
	 * @throws Refused forbidden for anyone but the plan's planners, conflict when the
	 * direction or target change for a year whose figures are fixed
	 */
	public List<FieldProblem> edit(Viewer viewer, long kpiId, KpiDefinition change, String reason) {
		return work.run(() -> editNow(viewer, kpiId, change, reason));
	}

	private List<FieldProblem> editNow(Viewer viewer, long kpiId, KpiDefinition change, String reason) {
		Kpi seen = planners.require(viewer, kpiId);
		FiscalPeriod period = plans.periodOf(seen.planId());
		List<FieldProblem> problems = new ArrayList<>();
		String name = change.name() == null ? "" : change.name().strip();
		if (name.isEmpty() || name.length() > NAME_MAX_LENGTH) {
			problems.add(FieldProblem.of("kpiName", "kpi.definition.name-required", NAME_MAX_LENGTH));
		}
		Direction direction = Direction.parse(change.direction()).orElse(null);
		if (direction == null) {
			problems.add(FieldProblem.of("kpiDirection", "kpi.definition.direction-invalid",
					change.direction() == null ? "" : change.direction()));
		}
		Target target = readTarget(seen, change, problems);
		FiscalYear from = change.from() == null || change.from().isBlank() ? period.from()
				: period.admit(change.from()).collect("targetFrom", problems);
		String definition = change.definition() == null || change.definition().isBlank() ? null
				: change.definition().strip();
		if (definition != null && definition.length() > DEFINITION_MAX_LENGTH) {
			problems.add(FieldProblem.of("kpiDefinition", "kpi.value.note.too-long", DEFINITION_MAX_LENGTH));
		}
		Reason why = Reason.of(reason).collect("definitionReason", problems);
		if (!problems.isEmpty()) {
			return problems;
		}
		// The collection locks first, then the KPI's row, read again: whether direction
		// or
		// target change is decided on what a concurrent edit wrote, not on the form.
		List<FiscalYear> fixed = locked.lockedFrom(kpiId, from);
		Kpi kpi = kpis.findByIdForUpdate(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
		boolean revised = direction != kpi.direction() || !Target.same(target, kpi.target());
		if (revised) {
			LockedYears.refuseAny(fixed);
		}
		kpis.updateDefinition(kpiId, name, direction, target, definition, revised ? from : null, why.text(),
				viewer.actor());
		return List.of();
	}

	/**
	 * The target as written, checked against the baseline in force; {@code null} for
	 * none.
	 */
	private Target readTarget(Kpi kpi, KpiDefinition change, List<FieldProblem> problems) {
		if (change.targetValue() == null || change.targetValue().isBlank()) {
			return null;
		}
		BigDecimal amount = ValueNotation.amount(change.targetValue(), kpi.unit()).collect("targetValue", problems);
		FiscalYear year = null;
		if (change.targetYear() != null && !change.targetYear().isBlank()) {
			Optional<FiscalYear> parsedYear = FiscalYear.parse(change.targetYear());
			if (parsedYear.isEmpty()) {
				problems.add(FieldProblem.of("targetYear", "fiscal-year.invalid", change.targetYear()));
				return null;
			}
			year = parsedYear.get();
		}
		if (amount == null) {
			return null;
		}
		return Target.of(amount, year, baselineInForce(kpi)).collect("targetYear", problems);
	}

	private Baseline baselineInForce(Kpi kpi) {
		List<BaselineRevision> revisions = kpis.baselineRevisions(kpi.id());
		return revisions.isEmpty() ? kpi.baseline() : revisions.get(revisions.size() - 1).baseline();
	}

}
