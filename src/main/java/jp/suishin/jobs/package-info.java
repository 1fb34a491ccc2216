/**
 * Scheduled jobs on several app nodes: every node schedules them, and each run of a job
 * (one slot, such as a day) happens on one node only, the one that claims the slot in the
 * database first.
 */
package jp.suishin.jobs;
