/**
 * The evaluation engine: progress measures, evaluation schemes as data (YAML), grades,
 * summaries with shares that add up, forecasts, lint of KPI definitions and the drafted
 * analysis. Pure Java: no Spring, no SQL. Entry point:
 * {@link jp.suishin.progress.Evaluator}.
 */
package jp.suishin.progress;
