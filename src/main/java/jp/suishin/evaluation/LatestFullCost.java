package jp.suishin.evaluation;

import java.util.Optional;
import java.util.function.BiFunction;

import jp.suishin.account.Viewer;
import jp.suishin.document.YearReview;
import jp.suishin.logicmodel.ProgramCosts;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;

/**
 * The cost a program's logic model prints in front of its inputs: the フルコスト of the
 * program's latest completed and decided sheet, as everybody may see it (a sheet still in
 * its stages or waiting for its decision shows nothing, and so does a completed sheet
 * without a フルコスト).
 */
public final class LatestFullCost implements ProgramCosts {

	private final PlanRepository plans;

	private final EvaluationSheets sheets;

	private final EvaluationSettings settings;

	private final ReviewingPrograms reviewing;

	private final BiFunction<String, FiscalYear, String> wording;

	/**
	 * @param wording the line as printed, from the money as printed and the sheet's year
	 * (フルコスト 12,345千円（R6年度）)
	 */
	public LatestFullCost(PlanRepository plans, EvaluationSheets sheets, EvaluationSettings settings,
			ReviewingPrograms reviewing, BiFunction<String, FiscalYear, String> wording) {
		this.plans = plans;
		this.sheets = sheets;
		this.settings = settings;
		this.reviewing = reviewing;
		this.wording = wording;
	}

	@Override
	public Optional<String> of(long programId) {
		ProgramOfPlan of = ProgramOfPlan.find(plans, programId);
		for (FiscalYear year = of.plan().period().to(); !year.isBefore(of.plan().period().from()); year = year
			.previous()) {
			Optional<EvaluationSheet> sheet = sheets.find(programId, year);
			if (sheet.isPresent() && ReviewingPrograms.published(sheet.get(), settings.stages())) {
				FiscalYear shown = year;
				return reviewing.of(Viewer.PUBLIC, of, year)
					.map(YearReview.ProgramReview::cost)
					// no フルコスト without 事業費, 人工 or an average personnel cost
					.map(YearReview.Cost::fullCost)
					.map(full -> wording.apply(full.text(), shown));
			}
		}
		return Optional.empty();
	}

}
