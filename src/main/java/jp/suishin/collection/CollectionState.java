package jp.suishin.collection;

/** Whether a year's collection is still running or closed. */
public enum CollectionState {

	/** 収集中: departments enter and submit, the planner approves. */
	OPEN,

	/** 確定: every value is approved and the year is locked. */
	LOCKED

}
