/**
 * Open data of an edition, following the Digital Agency's rules for machine-readable
 * administrative data: long format, one row per organisation × plan × KPI × fiscal year,
 * as CSV (UTF-8 with and without BOM), JSON (with its JSON Schema under docs/) and xlsx,
 * under the 公共データ利用規約（第1.0版）(PDL1.0).
 */
package jp.suishin.opendata;
