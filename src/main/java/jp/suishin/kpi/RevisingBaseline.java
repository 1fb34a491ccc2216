package jp.suishin.kpi;

import java.math.BigDecimal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.suishin.account.Viewer;
import jp.suishin.audit.Reason;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.ValueNotation;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Revises a KPI's baseline: the new value (and year, if it changes) with the reason; the
 * history keeps every revision and the original stays in the KPI's definition. A revised
 * baseline applies to every year of the plan, so it is refused while any year's figures
 * of the KPI are fixed. Only the plan's planners may.
 */
public final class RevisingBaseline {

	private final KpiRepository kpis;

	private final Clock clock;

	private final RecordingActualValue.PlanPeriods plans;

	private final KpiPlanners planners;

	private final LockedYears locked;

	private final InOneTransaction work;

	public RevisingBaseline(KpiRepository kpis, Clock clock, RecordingActualValue.PlanPeriods plans,
			KpiPlanners planners, LockedYears locked, InOneTransaction work) {
		this.work = work;
		this.kpis = kpis;
		this.clock = clock;
		this.plans = plans;
		this.planners = planners;
		this.locked = locked;
	}

	/**
	 * @return the problems, each naming its field; empty when the revision was stored
	 * @throws Refused forbidden for anyone but the plan's planners, conflict when a
	 * year's figures of the KPI are fixed
	 */
	public List<FieldProblem> revise(Viewer viewer, long kpiId, String value, String year, String reason) {
		// the check of who may, the checks of what, and the write: one transaction
		return work.run(() -> reviseNow(viewer, kpiId, value, year, reason));
	}

	private List<FieldProblem> reviseNow(Viewer viewer, long kpiId, String value, String year, String reason) {
		Kpi kpi = planners.require(viewer, kpiId);
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal amount = ValueNotation.amount(value, kpi.unit()).collect("baselineValue", problems);
		FiscalYear fiscalYear = kpi.baseline() == null ? null : kpi.baseline().year();
		boolean yearReadable = true;
		if (year != null && !year.isBlank()) {
			Optional<FiscalYear> parsedYear = FiscalYear.parse(year);
			if (parsedYear.isEmpty()) {
				problems.add(FieldProblem.of("baselineYear", "fiscal-year.invalid", year));
				yearReadable = false;
			}
			else {
				fiscalYear = parsedYear.get();
			}
		}
		Baseline baseline = null;
		if (amount != null && yearReadable) {
			baseline = Baseline.of(amount, fiscalYear, kpi.target()).collect("baselineYear", problems);
		}
		Reason why = Reason.of(reason).collect("baselineReason", problems);
		if (!problems.isEmpty()) {
			return problems;
		}
		Baseline revised = baseline;
		return work.run(() -> {
			LockedYears.refuseAny(locked.lockedFrom(kpiId, plans.periodOf(kpi.planId()).from()));
			kpis.addBaselineRevision(kpiId, revised, LocalDate.now(clock), why.text(), viewer.actor());
			return List.<FieldProblem>of();
		});
	}

}
