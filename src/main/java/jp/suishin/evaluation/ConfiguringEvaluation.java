package jp.suishin.evaluation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.notation.Unit;
import jp.suishin.notation.ValueNotation;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * The administrator's settings of the evaluation: the installation's stages (name, role,
 * order; some cities have three, some five) and the average personnel cost of one
 * person-year. Each change is audited on the administrator's account (the settings belong
 * to no organisation). A stage some sheet has completed stays, and while a sheet is being
 * evaluated (a stage completed, not the last, no decision) no stage is added, removed or
 * moved, so no sheet in progress is reopened or skipped; names and roles of unused stages
 * may still change.
 */
public final class ConfiguringEvaluation {

	public static final int NAME_MAX_LENGTH = 100;

	/** The unit the average personnel cost is kept in. */
	public static final Unit UNIT = Unit.of("千円");

	private final EvaluationSettings settings;

	private final EvaluationSheets sheets;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public ConfiguringEvaluation(EvaluationSettings settings, EvaluationSheets sheets, AuditTrail audit,
			InOneTransaction work) {
		this.settings = settings;
		this.sheets = sheets;
		this.audit = audit;
		this.work = work;
	}

	/**
	 * @throws Refused invalid naming {@code personnelCost} unless a number above zero
	 * @throws AccessDenied unless the viewer is an administrator
	 */
	public void setPersonnelCost(Viewer viewer, String written) {
		requireAdministrator(viewer);
		BigDecimal amount = ValueNotation.amount(written, UNIT).orRefuse("personnelCost");
		if (amount.signum() <= 0) {
			throw Refused.invalid("personnelCost", "evaluation.personnel-cost.not-positive", written.strip());
		}
		PersonnelCost cost = new PersonnelCost(amount, UNIT);
		work.run(() -> {
			String before = settings.personnelCost().map(PersonnelCost::text).orElse(null);
			settings.setPersonnelCost(cost, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.account(viewer.accountId()),
					AuditAction.EVALUATION_PERSONNEL_COST_SET, "evaluation settings", before, cost.text(), null);
			return null;
		});
	}

	/**
	 * Adds a stage at a position (1 = first; blank or past the end = last).
	 * @throws Refused invalid naming {@code name}, {@code role} or {@code position};
	 * conflict while a sheet is being evaluated
	 */
	public long addStage(Viewer viewer, String name, String role, String position) {
		requireAdministrator(viewer);
		return work.run(() -> {
			List<EvaluationStage> stages = settings.stages();
			List<FieldProblem> problems = new ArrayList<>();
			String checkedName = name(name, problems);
			Role checkedRole = role(role, problems);
			int at = position(position, stages.size() + 1, problems);
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			requireNoSheetInProgress(stages);
			long id = settings.addStage(stages.size() + 1, checkedName, checkedRole);
			List<Long> order = new ArrayList<>(stages.stream().map(EvaluationStage::id).toList());
			order.add(at - 1, id);
			renumber(order);
			audit.record(viewer.actor(), AuditSubject.account(viewer.accountId()), AuditAction.EVALUATION_STAGE_ADDED,
					"evaluation stage " + id, null, at + " " + checkedName + " " + checkedRole, null);
			return id;
		});
	}

	/**
	 * Changes a stage's name, role and position.
	 * @throws Refused invalid naming the fields; conflict when it moves while a sheet is
	 * being evaluated
	 */
	public void updateStage(Viewer viewer, long stageId, String name, String role, String position) {
		requireAdministrator(viewer);
		work.run(() -> {
			List<EvaluationStage> stages = settings.stages();
			EvaluationStage stage = stage(stages, stageId);
			List<FieldProblem> problems = new ArrayList<>();
			String checkedName = name(name, problems);
			Role checkedRole = role(role, problems);
			int at = position(position, stages.size(), problems);
			if (problems.isEmpty() && checkedRole != stage.role() && settings.stageUsed(stageId)) {
				problems.add(FieldProblem.of("role", "evaluation.stage.used", stage.name()));
			}
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			if (at != stage.position()) {
				requireNoSheetInProgress(stages);
			}
			settings.updateStage(stageId, stage.position(), checkedName, checkedRole);
			List<Long> order = new ArrayList<>(stages.stream().map(EvaluationStage::id).toList());
			order.remove(stageId);
			order.add(at - 1, stageId);
			renumber(order);
			audit.record(viewer.actor(), AuditSubject.account(viewer.accountId()), AuditAction.EVALUATION_STAGE_CHANGED,
					"evaluation stage " + stageId, stage.position() + " " + stage.name() + " " + stage.role(),
					at + " " + checkedName + " " + checkedRole, null);
			return null;
		});
	}

	/**
	 * @throws Refused conflict when a sheet has completed the stage or a sheet is being
	 * evaluated
	 */
	public void removeStage(Viewer viewer, long stageId) {
		requireAdministrator(viewer);
		work.run(() -> {
			List<EvaluationStage> stages = settings.stages();
			EvaluationStage stage = stage(stages, stageId);
			if (settings.stageUsed(stageId)) {
				throw Refused.conflict("evaluation.stage.used", stage.name());
			}
			requireNoSheetInProgress(stages);
			settings.removeStage(stageId);
			renumber(stages.stream().map(EvaluationStage::id).filter(id -> id != stageId).toList());
			audit.record(viewer.actor(), AuditSubject.account(viewer.accountId()), AuditAction.EVALUATION_STAGE_REMOVED,
					"evaluation stage " + stageId, stage.position() + " " + stage.name() + " " + stage.role(), null,
					null);
			return null;
		});
	}

	private void requireNoSheetInProgress(List<EvaluationStage> stages) {
		long inProgress = sheets.startedUndecided().stream().filter(s -> s.inProgress(stages)).count();
		if (inProgress > 0) {
			throw Refused.conflict("evaluation.stages.sheets-in-progress", inProgress);
		}
	}

	private void renumber(List<Long> order) {
		List<EvaluationStage> now = settings.stages();
		for (int i = 0; i < order.size(); i++) {
			long id = order.get(i);
			EvaluationStage stage = stage(now, id);
			if (stage.position() != i + 1) {
				settings.updateStage(id, i + 1, stage.name(), stage.role());
			}
		}
	}

	private static EvaluationStage stage(List<EvaluationStage> stages, long stageId) {
		return stages.stream()
			.filter(s -> s.id() == stageId)
			.findFirst()
			.orElseThrow(() -> Refused.notFound("evaluation stage " + stageId));
	}

	private static String name(String written, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			problems.add(FieldProblem.of("name", "evaluation.stage.name.required"));
			return null;
		}
		if (written.strip().length() > NAME_MAX_LENGTH) {
			problems.add(FieldProblem.of("name", "evaluation.text.too-long", NAME_MAX_LENGTH));
			return null;
		}
		return written.strip();
	}

	private static Role role(String written, List<FieldProblem> problems) {
		try {
			return Role.valueOf(written == null ? "" : written.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(FieldProblem.of("role", "evaluation.stage.role.unknown"));
			return null;
		}
	}

	private static int position(String written, int last, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			return last;
		}
		try {
			int at = Integer.parseInt(Normalizer.normalize(written, Normalizer.Form.NFKC).strip());
			if (at >= 1) {
				return Math.min(at, last);
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		problems.add(FieldProblem.of("position", "evaluation.stage.position.invalid", written.strip()));
		return last;
	}

	private static void requireAdministrator(Viewer viewer) {
		if (!viewer.signedIn() || !viewer.administrator()) {
			throw new AccessDenied("administer the evaluation settings");
		}
	}

}
