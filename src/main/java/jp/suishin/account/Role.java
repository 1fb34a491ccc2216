package jp.suishin.account;

/** A role an account holds in one organisation. */
public enum Role {

	/** 企画担当: defines the plans and KPIs, runs the yearly collection, approves. */
	PLANNER,

	/** 担当課: enters the values of the KPIs its department is in charge of. */
	DEPARTMENT_EDITOR,

	/**
	 * A bureau or prefecture user: sees the organisations below and comments, edits
	 * nothing there.
	 */
	REVIEWER,

	/** 有識者: reads a year's package and records opinions. */
	EXPERT,

	/**
	 * 課長: reads the organisation's working data and evaluates the programs at the section
	 * chief's stage of the evaluation sheets (事務事業評価).
	 */
	SECTION_CHIEF,

	/**
	 * 部長: reads the organisation's working data and evaluates the programs at the
	 * director's stage of the evaluation sheets.
	 */
	DIRECTOR;

	public String messageKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
