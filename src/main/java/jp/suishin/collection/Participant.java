package jp.suishin.collection;

import jp.suishin.access.Rights;

/**
 * The part a viewer takes in entering one KPI's values: the planner of the plan's
 * organisation, an editor of the department in charge of the KPI, or none. The one
 * statement of "may enter values for this KPI"; the collection then says whether the
 * value may change now ({@link Collection#valueChange}).
 */
public enum Participant {

	/** Plans for the organisation: enters every KPI's values and approves them. */
	PLANNER,

	/** Edits for the department in charge of the KPI. */
	DEPARTMENT,

	/** Takes no part in entering this KPI's values. */
	NONE;

	/**
	 * @param departmentId the department in charge of the KPI, or {@code null}
	 */
	public static Participant of(Rights rights, Long departmentId) {
		if (rights.plan()) {
			return PLANNER;
		}
		return rights.entersFor(departmentId) ? DEPARTMENT : NONE;
	}

	/** Whether the viewer enters values for the KPI at all (the state aside). */
	public boolean entersValues() {
		return this != NONE;
	}

}
