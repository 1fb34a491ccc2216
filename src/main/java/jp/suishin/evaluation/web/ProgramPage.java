package jp.suishin.evaluation.web;

import java.util.List;

import jp.suishin.document.YearReview;
import jp.suishin.evaluation.EvaluationSheet;
import jp.suishin.evaluation.EvaluationStage;
import jp.suishin.evaluation.FutureDirection;
import jp.suishin.kpi.Kpi;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.Department;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.Program;

/**
 * What a program's page shows for a fiscal year: the program, the sheet the viewer may
 * see (a completed one for everybody, the one in progress for readers of the owner's
 * working data) and the forms the viewer may use, as the use case decides them.
 *
 * @param review the sheet as printed, or {@code null} when there is none to show
 * @param sheet the sheet as stored, for the forms; {@code null} unless the viewer reads
 * the owner's working data
 * @param stageForm the stage the viewer may complete now, or {@code null}
 * @param donated the donations designated to the program in the year, as printed
 * @param personnelCost the installation's average personnel cost as printed, or
 * {@code null} while none is set
 * @param planner whether the viewer plans for the owner (only a planner moves a sheet to
 * another department)
 */
record ProgramPage(Program program, Plan plan, PlanNode node, FiscalYear year, List<FiscalYear> years,
		YearReview.ProgramReview review, EvaluationSheet sheet, List<EvaluationStage> stages, boolean mayOpen,
		boolean mayWrite, EvaluationStage stageForm, boolean mayDecide, List<Department> departments, List<Kpi> kpis,
		String donated, String personnelCost, boolean planner) {

	static final List<Integer> RATINGS = List.of(4, 3, 2, 1);

	public List<Integer> ratings() {
		return RATINGS;
	}

	public List<FutureDirection> directions() {
		return List.of(FutureDirection.values());
	}

	/** The stages not completed yet, for the list of what is still open. */
	public List<EvaluationStage> openStages() {
		if (sheet == null) {
			return List.of();
		}
		return stages.stream().filter(s -> sheet.result(s.id()).isEmpty()).toList();
	}

	/**
	 * Whether a KPI is among the ids (stored ones, or typed ones coming back refused).
	 */
	public boolean chosen(List<?> ids, long kpiId) {
		return ids != null && ids.stream().anyMatch(id -> String.valueOf(id).equals(String.valueOf(kpiId)));
	}

}
