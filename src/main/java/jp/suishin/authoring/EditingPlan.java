package jp.suishin.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.suishin.account.Viewer;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Changes a plan's own row (its name, period, the names of its levels and its summary),
 * or archives the plan: an archived plan leaves the lists of plans, its pages by id say
 * it is archived, and nothing of it is deleted. Only the planners of its owner may. The
 * period may not leave out a year that already has values.
 */
public final class EditingPlan {

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final PlanEditors editors;

	private final InOneTransaction work;

	public EditingPlan(PlanRepository plans, KpiRepository kpis, PlanPlanners planners, InOneTransaction work) {
		this.plans = plans;
		this.kpis = kpis;
		this.editors = new PlanEditors(planners, plans);
		this.work = work;
	}

	/**
	 * Changes the plan's name, period, level names and summary as {@link PlanForm} checks
	 * them (its owner and source stay).
	 * @throws Refused invalid with the problems, each naming its field ({@code planName},
	 * {@code periodFrom}, {@code periodTo}, {@code levelNames}, {@code planSummary});
	 * forbidden for anyone but the plan's planners
	 */
	public void edit(Viewer viewer, long planId, PlanForm form) {
		work.run(() -> {
			editNow(viewer, planId, form);
			return null;
		});
	}

	private void editNow(Viewer viewer, long planId, PlanForm form) {
		editors.require(viewer, planId);
		List<FieldProblem> problems = new ArrayList<>();
		String name = form.checkedName(problems);
		FiscalPeriod period = form.checkedPeriod(problems);
		List<String> levels = form.checkedLevels(problems);
		String summary = form.checkedSummary(problems);
		if (period != null) {
			Optional<YearlyValue> outside = kpis.valuesOfPlan(planId)
				.stream()
				.filter(v -> !period.contains(v.year()))
				.findFirst();
			if (outside.isPresent()) {
				problems.add(FieldProblem.of(outside.get().year().isBefore(period.from()) ? "periodFrom" : "periodTo",
						"authoring.plan.period-leaves-values", outside.get().year().eraLabel()));
			}
		}
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		plans.update(planId, name, period, levels, summary, viewer.actor());
	}

	/**
	 * Archives the plan: it leaves the lists of plans; its pages, its KPIs and their
	 * history stay.
	 * @throws Refused forbidden for anyone but the plan's planners
	 */
	public void archive(Viewer viewer, long planId) {
		work.run(() -> {
			Plan plan = editors.require(viewer, planId);
			plans.archive(plan.id(), viewer.actor());
			return null;
		});
	}

}
