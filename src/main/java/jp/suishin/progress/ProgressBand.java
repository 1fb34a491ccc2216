package jp.suishin.progress;

/** The bands a KPI list's summary counts, in the order a report shows them. */
public enum ProgressBand {

	/** 100％以上: the target is reached. */
	ACHIEVED,
	/** 80～99％. */
	AT_LEAST_80,
	/** 80％未満. */
	BELOW_80,
	/** 集計中. */
	PENDING,
	/** No value, no target, or a rate that means nothing (zero or negative figures). */
	NOT_EVALUABLE

}
