/**
 * The {@code evaluate} command: reads a KPI table (CSV or xlsx,
 * {@link jp.suishin.exchange}), runs the evaluation engine and prints JSON. A thin
 * adapter over {@link jp.suishin.progress}; it starts no web server and touches no
 * database.
 */
package jp.suishin.cli;
