package jp.suishin.evaluation;

import java.util.List;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;

/** Where the sheets are kept (the evaluation module's persistence implements it). */
public interface EvaluationSheets {

	Optional<EvaluationSheet> find(long programId, FiscalYear year);

	/**
	 * The sheet, its row locked until the transaction ends ({@code SELECT … FOR UPDATE}),
	 * so two writers of one sheet take turns and the second sees what the first wrote.
	 */
	Optional<EvaluationSheet> lock(long programId, FiscalYear year);

	/** The sheets of a plan's programs of a year. */
	List<EvaluationSheet> ofPlan(long planId, FiscalYear year);

	/** The sheets with a completed stage and no decision, of every plan and year. */
	List<EvaluationSheet> startedUndecided();

	/**
	 * @throws jp.suishin.refusal.Refused conflict {@code evaluation.sheet.exists} when
	 * the program has a sheet of the year already (one opened at the same time)
	 */
	long open(long programId, FiscalYear year, SheetContent content, String actor);

	void update(long sheetId, SheetContent content, String actor);

	void complete(long sheetId, EvaluationStage stage, StageVerdict verdict, String actor);

	/** Keeps what the sheet is evaluated on (with its first stage). */
	void freeze(long sheetId, FrozenFigures figures);

	void decide(long sheetId, ProgramDecision decision, String actor);

}
