package jp.suishin.kpi;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.ParsedValue;
import jp.suishin.notation.ValueNotation;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Sets a KPI's milestone (目安値) for a fiscal year of its plan, or removes it with 「－」. The
 * value is read like any value, in the KPI's unit; the year must lie in the plan period
 * and its figures must not be fixed (approved or locked): the milestone grades the year.
 * Only the plan's planners may.
 */
public final class SettingMilestone {

	private final KpiRepository kpis;

	private final RecordingActualValue.PlanPeriods plans;

	private final KpiPlanners planners;

	private final LockedYears locked;

	private final InOneTransaction work;

	public SettingMilestone(KpiRepository kpis, RecordingActualValue.PlanPeriods plans, KpiPlanners planners,
			LockedYears locked, InOneTransaction work) {
		this.kpis = kpis;
		this.plans = plans;
		this.planners = planners;
		this.locked = locked;
		this.work = work;
	}

	/**
	 * @return the problems, each naming its field; empty when the milestone was stored or
	 * removed
	 * @throws Refused forbidden for anyone but the plan's planners, conflict when the
	 * year's figures are fixed
	 */
	public List<FieldProblem> set(Viewer viewer, long kpiId, String year, String value) {
		// the check of who may, the checks of what, and the write: one transaction
		return work.run(() -> setNow(viewer, kpiId, year, value));
	}

	private List<FieldProblem> setNow(Viewer viewer, long kpiId, String year, String value) {
		Kpi kpi = planners.require(viewer, kpiId);
		List<FieldProblem> problems = new ArrayList<>();
		FiscalYear fiscalYear = plans.periodOf(kpi.planId()).admit(year).collect("milestoneYear", problems);
		ParsedValue parsed = ValueNotation.parse(value, kpi.unit());
		if (parsed instanceof ParsedValue.Invalid invalid) {
			problems.add(new FieldProblem("milestoneValue", invalid.problem()));
		}
		else if (parsed instanceof ParsedValue.Pending) {
			problems.add(FieldProblem.of("milestoneValue", "kpi.milestone.pending"));
		}
		else if (parsed instanceof ParsedValue.Blank && (value == null || value.isBlank())) {
			problems.add(FieldProblem.of("milestoneValue", "kpi.value.required"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		return work.run(() -> {
			if (locked.locked(kpiId, fiscalYear)) {
				throw LockedYears.refusal(fiscalYear);
			}
			if (parsed instanceof ParsedValue.Amount amount) {
				kpis.saveMilestone(kpiId, fiscalYear, amount.amount(), viewer.actor());
			}
			else {
				kpis.deleteMilestone(kpiId, fiscalYear, viewer.actor());
			}
			return List.<FieldProblem>of();
		});
	}

}
