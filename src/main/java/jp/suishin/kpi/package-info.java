/**
 * KPIs (評価指標): definition, baseline and target, where they are listed in a plan
 * (re-listed rows too), and their yearly actual values with status. Recording a value is
 * the use case {@link jp.suishin.kpi.RecordingActualValue}.
 */
package jp.suishin.kpi;
