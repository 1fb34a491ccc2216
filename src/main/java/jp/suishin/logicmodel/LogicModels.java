package jp.suishin.logicmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jp.suishin.account.Viewer;
import jp.suishin.document.LogicModelFigures;
import jp.suishin.document.YearReview;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;

/**
 * The logic models as the pages and documents print them ({@link YearReview.LogicModel}):
 * a program's stored elements in drawing order, each with its KPI's name, unit and
 * direction; in front of the inputs, the program's cost when a {@link ProgramCosts} knows
 * it. A logic model is public like the plan's programs, so what a viewer sees does not
 * depend on who looks; a program without elements has no logic model.
 */
public final class LogicModels implements LogicModelFigures {

	private final LogicModelRecords records;

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final Supplier<Optional<ProgramCosts>> costs;

	/**
	 * @param costs the program costs, when a module gives them (looked up at each use, so
	 * that a module wired later is seen)
	 */
	public LogicModels(LogicModelRecords records, PlanRepository plans, KpiRepository kpis,
			Supplier<Optional<ProgramCosts>> costs) {
		this.records = records;
		this.plans = plans;
		this.kpis = kpis;
		this.costs = costs;
	}

	/**
	 * A program's logic model, or empty for an unknown program or one with no element.
	 */
	public Optional<YearReview.LogicModel> of(long programId) {
		Optional<Program> program = plans.findProgram(programId);
		if (program.isEmpty()) {
			return Optional.empty();
		}
		List<LogicElement> elements = records.elements(programId);
		if (elements.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(model(program.get(), elements, kpisOf(elements), true));
	}

	/**
	 * The logic models of a plan's current programs, in the plan's reading order (the
	 * port of the documents; the viewer does not matter, a logic model being public). The
	 * documents print each program's cost on its evaluation sheet, so the models carry
	 * only what the planners drew: one read for all of them, none per program.
	 */
	@Override
	public List<YearReview.LogicModel> of(Viewer viewer, long planId) {
		Optional<PlanTree> tree = plans.tree(planId);
		if (tree.isEmpty()) {
			return List.of();
		}
		List<Program> programs = new ArrayList<>();
		for (PlanNode node : tree.get().inReadingOrder()) {
			programs.addAll(tree.get().programs(node.id()));
		}
		Map<Long, List<LogicElement>> elements = records.elementsOf(programs.stream().map(Program::id).toList());
		Map<Long, Kpi> byId = kpisOf(elements.values().stream().flatMap(List::stream).toList());
		List<YearReview.LogicModel> models = new ArrayList<>();
		for (Program program : programs) {
			List<LogicElement> own = elements.getOrDefault(program.id(), List.of());
			if (!own.isEmpty()) {
				models.add(model(program, own, byId, false));
			}
		}
		return models;
	}

	/** The KPIs the plan of a program offers for its elements, by key, in list order. */
	public Map<String, Kpi> kpisOfPlan(long planId) {
		Map<String, Kpi> byKey = new LinkedHashMap<>();
		kpis.findByPlan(planId).forEach(k -> byKey.put(k.key(), k));
		return byKey;
	}

	private YearReview.LogicModel model(Program program, List<LogicElement> elements, Map<Long, Kpi> byId,
			boolean withCost) {
		List<YearReview.LogicElement> drawn = new ArrayList<>();
		if (withCost) {
			costs.get()
				.flatMap(c -> c.of(program.id()))
				.ifPresent(cost -> drawn
					.add(new YearReview.LogicElement(LogicStage.INPUT.code(), cost, null, null, null)));
		}
		for (LogicElement element : elements) {
			Kpi kpi = element.kpiId() == null ? null : byId.get(element.kpiId());
			drawn.add(new YearReview.LogicElement(element.stage().code(), element.text(),
					kpi == null ? null : kpi.name(), kpi == null || kpi.unit().isNone() ? null : kpi.unit().text(),
					kpi == null ? null : kpi.direction().name().toLowerCase(Locale.ROOT)));
		}
		return new YearReview.LogicModel(program.id(), program.name(), drawn);
	}

	private Map<Long, Kpi> kpisOf(Collection<LogicElement> elements) {
		List<Long> ids = elements.stream().map(LogicElement::kpiId).filter(id -> id != null).distinct().toList();
		Map<Long, Kpi> byId = new HashMap<>();
		if (!ids.isEmpty()) {
			kpis.findByIds(ids).forEach(k -> byId.put(k.id(), k));
		}
		return byId;
	}

}
