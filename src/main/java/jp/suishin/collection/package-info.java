/**
 * The yearly collection of values: a planner opens a fiscal year for a plan with a
 * deadline, each department enters and submits the values of its KPIs, the planner
 * returns or approves them, approved values are locked until reopened with a reason, and
 * overdue departments get reminders. Every step is recorded in the audit trail.
 */
package jp.suishin.collection;
