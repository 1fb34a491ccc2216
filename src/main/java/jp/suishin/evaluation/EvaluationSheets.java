package jp.suishin.evaluation;

import java.util.List;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;

/** Where the sheets are kept (the evaluation module's persistence implements it). */
public interface EvaluationSheets {

	Optional<EvaluationSheet> find(long programId, FiscalYear year);

	/** The sheets of a plan's programs of a year. */
	List<EvaluationSheet> ofPlan(long planId, FiscalYear year);

	/** The sheets with a completed stage and no decision, of every plan and year. */
	List<EvaluationSheet> startedUndecided();

	long open(long programId, FiscalYear year, SheetContent content, String actor);

	void update(long sheetId, SheetContent content, String actor);

	void complete(long sheetId, EvaluationStage stage, StageVerdict verdict, String actor);

	/** Keeps what the sheet is evaluated on (with its first stage). */
	void freeze(long sheetId, FrozenFigures figures);

	void decide(long sheetId, ProgramDecision decision, String actor);

}
