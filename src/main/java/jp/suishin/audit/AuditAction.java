package jp.suishin.audit;

/** What was changed. */
public enum AuditAction {

	VALUE_SET, VALUE_REMOVED, MILESTONE_SET, MILESTONE_REMOVED, BASELINE_REVISED, ANALYSIS_SAVED, ANALYSIS_RESET

}
