/**
 * Authoring a plan: creating it, its tree of goals, measures and programs, and its KPIs,
 * as a planner does in the browser and as every import does underneath. The checks of
 * what a plan, a node and a KPI need live in the forms
 * ({@link jp.suishin.authoring.KpiForm} and the others), the authorisation in
 * {@link jp.suishin.authoring.PlanPlanners}; every channel calls these use cases. Every
 * change is in the audit trail.
 */
package jp.suishin.authoring;
