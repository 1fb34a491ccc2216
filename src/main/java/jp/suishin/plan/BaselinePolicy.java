package jp.suishin.plan;

/** Which baseline a plan evaluates with when a KPI's baseline was revised. */
public enum BaselinePolicy {

	/** The baseline in force: the latest revision (the default). */
	REVISED,
	/** The baseline the plan was written with. */
	ORIGINAL

}
