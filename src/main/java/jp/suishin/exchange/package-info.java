/**
 * The one sheet format Suishin reads and writes: the KPI table (プロジェクト, 評価指標, 単位, 方向, 集計,
 * 基準値, 基準年度, 目標値, 目標年度, one column per fiscal year, 目安値 + a year), as CSV in UTF-8 (with
 * or without a byte-order mark) or Shift_JIS, or as an xlsx workbook (read from xls too).
 * One reader ({@link jp.suishin.exchange.Sheets#read},
 * {@link jp.suishin.exchange.KpiTableReader}) and one writer
 * ({@link jp.suishin.exchange.Sheets#csv}, {@link jp.suishin.exchange.Sheets#xlsx},
 * {@link jp.suishin.exchange.KpiTableWriter}), used by the {@code evaluate} command, the
 * department's upload and the KPI list export, with one formula neutralisation
 * ({@link jp.suishin.exchange.FormulaGuard}). And the whole-workbook reading of an import
 * ({@link jp.suishin.exchange.Workbooks#read}: every sheet as a
 * {@link jp.suishin.exchange.Grid} with numbers, formats, formulas' cached values and
 * merged regions). Both go through one hardened reading of hostile files
 * ({@code Reading}: size cap, type by the bytes, zip and XML checks, password-protected
 * workbooks, time limit, memory). Pure Java and Apache POI: no Spring, no SQL.
 */
package jp.suishin.exchange;
