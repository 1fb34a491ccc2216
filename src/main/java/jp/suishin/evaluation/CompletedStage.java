package jp.suishin.evaluation;

import java.time.Instant;

import jp.suishin.account.Role;

/** A stage of a sheet as it was completed: by whom and when. */
public record CompletedStage(long stageId, String name, Role role, StageVerdict verdict, String author,
		Instant completedAt) {
}
