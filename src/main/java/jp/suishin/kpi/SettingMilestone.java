package jp.suishin.kpi;

import jp.suishin.refusal.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.ParsedValue;
import jp.suishin.notation.ValueNotation;

/**
 * Sets a KPI's milestone (目安値) for a fiscal year of its plan, or removes it with 「－」. The
 * value is read like any value, in the KPI's unit; the year must lie in the plan period.
 */
public final class SettingMilestone {

	private final KpiRepository kpis;

	private final RecordingActualValue.PlanPeriods plans;

	public SettingMilestone(KpiRepository kpis, RecordingActualValue.PlanPeriods plans) {
		this.kpis = kpis;
		this.plans = plans;
	}

	/**
	 * @return the problems, each naming its field; empty when the milestone was stored or
	 * removed
	 */
	public List<FieldProblem> set(long kpiId, String year, String value, String user) {
		Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
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
		if (parsed instanceof ParsedValue.Amount amount) {
			kpis.saveMilestone(kpiId, fiscalYear, amount.amount(), user);
		}
		else {
			kpis.deleteMilestone(kpiId, fiscalYear, user);
		}
		return List.of();
	}

}
