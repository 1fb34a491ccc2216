package jp.suishin.collection;

/** Where one KPI's value of the year stands in the collection. */
public enum ItemState {

	/** 未提出: waiting for the department. */
	OPEN,

	/** 提出済: waiting for the planner. */
	SUBMITTED,

	/** 差戻し: the planner asked for a correction. */
	RETURNED,

	/** 承認済: locked. */
	APPROVED,

	/** 再開: an approved value opened again, with a reason. */
	REOPENED;

	/** Whether the department may still change the value. */
	public boolean editable() {
		return this == OPEN || this == RETURNED || this == REOPENED;
	}

	public String messageKey() {
		return "collection.item." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
