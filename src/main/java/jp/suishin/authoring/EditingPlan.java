package jp.suishin.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
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

	static final int NAME_MAX_LENGTH = 300;

	static final int LEVEL_MAX_LENGTH = 100;

	static final int SUMMARY_MAX_LENGTH = 20000;

	/** What the plan's edit form sends; years as written (2024, R6, 令和6年度). */
	public record PlanChange(String name, String periodFrom, String periodTo, List<String> levelNames, String summary) {

		public PlanChange {
			levelNames = levelNames == null ? List.of() : new ArrayList<>(levelNames);
		}

	}

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final PlanEditors editors;

	private final InOneTransaction work;

	public EditingPlan(PlanRepository plans, KpiRepository kpis, AccessPolicy access, InOneTransaction work) {
		this.plans = plans;
		this.kpis = kpis;
		this.editors = new PlanEditors(plans, access);
		this.work = work;
	}

	/**
	 * @throws Refused invalid with the problems, each naming its field ({@code name},
	 * {@code periodFrom}, {@code periodTo}, {@code levelNames}, {@code summary});
	 * forbidden for anyone but the plan's planners
	 */
	public void edit(Viewer viewer, long planId, PlanChange change) {
		work.run(() -> {
			editNow(viewer, planId, change);
			return null;
		});
	}

	private void editNow(Viewer viewer, long planId, PlanChange change) {
		editors.require(viewer, planId);
		List<FieldProblem> problems = new ArrayList<>();
		String name = Texts.required(change.name(), "name", NAME_MAX_LENGTH, problems);
		FiscalYear from = year(change.periodFrom(), "periodFrom", problems);
		FiscalYear to = year(change.periodTo(), "periodTo", problems);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(FieldProblem.of("periodTo", "authoring.plan.period-order", from.eraLabel(), to.eraLabel()));
		}
		List<String> levels = new ArrayList<>();
		for (String level : change.levelNames()) {
			if (level != null && !level.isBlank()) {
				levels.add(level.strip());
			}
		}
		if (levels.isEmpty()) {
			problems.add(FieldProblem.of("levelNames", "authoring.plan.levels-required"));
		}
		else if (levels.stream().anyMatch(l -> l.length() > LEVEL_MAX_LENGTH)) {
			problems.add(FieldProblem.of("levelNames", "authoring.plan.level-too-long", LEVEL_MAX_LENGTH));
		}
		String summary = Texts.optional(change.summary(), "summary", SUMMARY_MAX_LENGTH, problems);
		if (problems.isEmpty()) {
			FiscalPeriod period = new FiscalPeriod(from, to);
			Optional<YearlyValue> outside = kpis.valuesOfPlan(planId)
				.stream()
				.filter(v -> !period.contains(v.year()))
				.findFirst();
			if (outside.isPresent()) {
				problems.add(FieldProblem.of(outside.get().year().isBefore(from) ? "periodFrom" : "periodTo",
						"authoring.plan.period-leaves-values", outside.get().year().eraLabel()));
			}
		}
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		plans.update(planId, name, new FiscalPeriod(from, to), levels, summary, viewer.actor());
	}

	private static FiscalYear year(String written, String field, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			problems.add(FieldProblem.of(field, "authoring.year-required"));
			return null;
		}
		Optional<FiscalYear> year = FiscalYear.parse(written.strip());
		if (year.isEmpty()) {
			problems.add(FieldProblem.of(field, "fiscal-year.invalid", written));
			return null;
		}
		return year.get();
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
