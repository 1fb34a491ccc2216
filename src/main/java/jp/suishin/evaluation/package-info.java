/**
 * The evaluation of a plan's programs per fiscal year (事務事業評価): the sheets with their
 * fields, indicators (KPIs of the plan, their values read from the KPI module), cost
 * (事業費, 財源内訳, 人件費 from staff time × the installation's average personnel cost, フルコスト,
 * cost per unit of output), the stages of the installation (担当 → 課長 → 部長 → 外部有識者, each
 * tied to a role) and the planner's decision on the program.
 */
package jp.suishin.evaluation;
