package jp.suishin.linkage;

/** What a link between two KPIs says. */
public enum LinkKind {

	/**
	 * The linking KPI is part of the linked one: its values add up, with the other
	 * contributors', to the linked KPI's (a member's count to the zone's or the
	 * bureau's).
	 */
	CONTRIBUTES_TO,

	/** The same statistic, measured for another organisation's area. */
	SAME_INDICATOR

}
