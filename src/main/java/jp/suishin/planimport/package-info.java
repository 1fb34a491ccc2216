/**
 * Importing a plan from the KPI sheet a city keeps, and exporting it back: reading the
 * sheet's table (goals and measures, KPIs, baselines, targets, values by fiscal year)
 * into a {@link jp.suishin.planimport.PlanSheet}
 * ({@link jp.suishin.planimport.PlanSheetReader}), the dry run and commit that turn it
 * into a plan, and the plan's xlsx in the layout the reader reads best
 * ({@link jp.suishin.planimport.PlanWorkbookWriter}).
 */
package jp.suishin.planimport;
