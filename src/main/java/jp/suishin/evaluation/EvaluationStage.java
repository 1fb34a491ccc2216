package jp.suishin.evaluation;

import jp.suishin.account.Role;

/**
 * A stage of the installation's evaluation (担当評価, 課長評価 …), completed in order, each by a
 * holder of its role on the plan's owner (the department editor stage: an editor of the
 * sheet's department in charge).
 */
public record EvaluationStage(long id, int position, String name, Role role) {
}
