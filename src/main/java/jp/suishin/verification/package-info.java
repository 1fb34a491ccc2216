/**
 * The experts' verification of a plan's year (効果検証): the experts' opinions (委員意見) on the
 * plan, a goal or project (a node), a program or a KPI, dated and attributed, with the
 * division's response (対応方針) and the next year's follow-up (対応状況); and the national
 * effect-verification form, one row per KPI of the plan for the year (事業効果, 外部有識者の意見,
 * 今後の方針). Experts of the plan's owner write their own opinions, its planners write
 * opinions for a named expert, the responses, the follow-up and the form; every change is
 * a plan audit entry. The public sees an opinion once the division has responded to it,
 * and a row of the form once its effect is assessed (that is what the edition prints).
 */
package jp.suishin.verification;
