package jp.suishin.logicmodel.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.suishin.kpi.Kpi;
import jp.suishin.logicmodel.LogicElement;
import jp.suishin.logicmodel.LogicStage;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.Program;

/**
 * What a program's logic-model page shows: the drawing, and per stage its elements with
 * their KPIs (the drawing's text as a list, and where the planners' forms are).
 *
 * @param svg the drawing, or {@code null} when the model has no element yet
 * @param kpis the plan's KPIs an element may be tied to
 * @param editable whether the viewer plans for the plan's owner and the program is
 * current
 */
record LogicModelPage(Plan plan, PlanNode node, Program program, String svg, List<StageRow> stages, List<Kpi> kpis,
		boolean editable) {

	/** A column of the model with its elements. */
	record StageRow(LogicStage stage, List<ElementRow> elements) {

		public String code() {
			return stage.code();
		}

	}

	/** An element with its KPI ({@code null} when none, or when it was removed). */
	record ElementRow(LogicElement element, Kpi kpi, String kpiKey) {

	}

	static LogicModelPage of(Plan plan, PlanNode node, Program program, String svg, List<LogicElement> elements,
			Map<String, Kpi> kpis, boolean editable) {
		List<StageRow> stages = new ArrayList<>();
		for (LogicStage stage : LogicStage.values()) {
			List<ElementRow> rows = new ArrayList<>();
			for (LogicElement element : elements) {
				if (element.stage() == stage) {
					Kpi kpi = element.kpiId() == null ? null
							: kpis.values().stream().filter(k -> k.id() == element.kpiId()).findFirst().orElse(null);
					rows.add(new ElementRow(element, kpi, kpi == null ? "" : kpi.key()));
				}
			}
			stages.add(new StageRow(stage, rows));
		}
		return new LogicModelPage(plan, node, program, svg, stages, List.copyOf(kpis.values()), editable);
	}

	public boolean empty() {
		return stages.stream().allMatch(s -> s.elements().isEmpty());
	}

}
