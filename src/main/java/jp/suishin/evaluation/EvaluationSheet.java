package jp.suishin.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.Refused;

/**
 * A program's evaluation sheet of a fiscal year: what it says, the stages completed so
 * far (in order) and the decision once taken. It alone decides which stage comes next:
 * stage k only after stage k-1, each once; what it says only before the first stage.
 *
 * @param decision {@code null} before the planner decides
 * @param frozen what the sheet was evaluated on, kept with its first stage; {@code null}
 * before (the live figures apply)
 */
public record EvaluationSheet(long id, long programId, FiscalYear year, SheetContent content,
		List<CompletedStage> stages, ProgramDecision decision, FrozenFigures frozen) {

	public EvaluationSheet {
		stages = List.copyOf(stages);
	}

	/**
	 * The first of the installation's stages (in order) not completed yet; none once the
	 * decision is recorded (a stage added later does not reopen a decided sheet).
	 */
	public Optional<EvaluationStage> next(List<EvaluationStage> installation) {
		if (decision != null) {
			return Optional.empty();
		}
		Set<Long> done = stages.stream().map(CompletedStage::stageId).collect(Collectors.toSet());
		return installation.stream().filter(s -> !done.contains(s.id())).findFirst();
	}

	/**
	 * Whether every stage of the installation is completed, or the decision is recorded
	 * (then the sheet is complete whatever the stages are now).
	 */
	public boolean complete(List<EvaluationStage> installation) {
		return decision != null || !installation.isEmpty() && next(installation).isEmpty();
	}

	/**
	 * Whether the sheet is being evaluated: a stage is completed, not every one, and no
	 * decision is recorded. While one is, the installation's stages keep their list and
	 * order.
	 */
	public boolean inProgress(List<EvaluationStage> installation) {
		return started() && !complete(installation);
	}

	/** Once a stage is completed, what the sheet says is read-only. */
	public boolean started() {
		return !stages.isEmpty();
	}

	public Optional<CompletedStage> result(long stageId) {
		return stages.stream().filter(s -> s.stageId() == stageId).findFirst();
	}

	/**
	 * @throws Refused invalid naming {@code stage} when the stage was completed already,
	 * an earlier one is still open or the decision is recorded
	 */
	void requireNext(EvaluationStage stage, List<EvaluationStage> installation) {
		if (result(stage.id()).isPresent()) {
			throw Refused.invalid("stage", "evaluation.stage.already-completed", stage.name());
		}
		EvaluationStage next = next(installation)
			.orElseThrow(() -> Refused.invalid("stage", "evaluation.stage.decided", stage.name()));
		if (next.id() != stage.id()) {
			throw Refused.invalid("stage", "evaluation.stage.out-of-order", stage.name(), next.name());
		}
	}

}
