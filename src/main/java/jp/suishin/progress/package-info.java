/**
 * Progress of KPIs and the summary of a plan's KPI list. Pure Java, no Spring, no SQL.
 * The rule here is the seeds' own (actual ÷ target); the evaluation engine with schemes,
 * measures and forecasts replaces {@link ProgressRule}.
 */
package jp.suishin.progress;
