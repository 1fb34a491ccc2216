/**
 * The KPI list (評価指標一覧) of a plan for a fiscal year and the page of one KPI: what a
 * report prints, computed from the stored values with the progress rule.
 */
package jp.suishin.report;
