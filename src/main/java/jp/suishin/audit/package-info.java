/**
 * The audit trail: every change of a value, a milestone, a baseline or an analysis, with
 * who, when, the old and the new value and the reason. Append-only: the application has
 * no way to change or remove an entry.
 */
package jp.suishin.audit;
