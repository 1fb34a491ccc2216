package jp.suishin.linkage;

/** How a parent KPI is computed from the KPIs that contribute to it. */
public enum ComputationMethod {

	/** The contributors' values added up. */
	SUM,

	/**
	 * The contributors' values averaged, each weighted by its organisation's value of the
	 * weight KPI's contributor (a population-weighted mean of rates).
	 */
	WEIGHTED_MEAN

}
