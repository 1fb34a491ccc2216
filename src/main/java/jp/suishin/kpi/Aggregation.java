package jp.suishin.kpi;

/** How a KPI's yearly values add up to what is evaluated. */
public enum Aggregation {

	/** 単年: each year's value on its own. */
	YEARLY,
	/** 累計・延べ: summed over the plan. */
	CUMULATIVE,
	/** 平均: an average, taken as entered. */
	AVERAGE,
	/** 設置数 and other stocks, taken as entered. */
	STOCK

}
