package jp.suishin.logicmodel;

/**
 * One stored box of a program's logic model.
 *
 * @param position from 1 within its program and stage
 * @param kpiId the KPI of the plan it is measured by, or {@code null}
 */
public record LogicElement(long id, long programId, LogicStage stage, int position, String text, Long kpiId) {

	/** What it says, as the audit trail keeps it: 活動: 相談会の開催 [kpi 12]. */
	String described() {
		return new LogicElementContent(stage, text, kpiId).described();
	}

}
