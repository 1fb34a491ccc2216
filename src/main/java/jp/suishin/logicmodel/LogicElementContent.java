package jp.suishin.logicmodel;

/**
 * What a checked form says an element is: its stage, its text and the KPI (of the
 * program's plan) that measures it, if any.
 */
public record LogicElementContent(LogicStage stage, String text, Long kpiId) {

	String described() {
		return stage.code() + ": " + text + (kpiId == null ? "" : " [kpi " + kpiId + "]");
	}

}
