/**
 * A plan's meetings (担当者部会・懇談会): committees, working groups and hearings for the whole
 * plan or one of its policy fields, per fiscal year, with their dates (開催日①②) or the
 * timing while they are not fixed, the agenda, the attending organisations and the
 * minutes, as text and optionally as a PDF checked by its type and first bytes. The
 * public sees the list; the minutes only when the planners publish them, else the readers
 * of the owner's working data. Only the plan's planners write, every change audited on
 * the plan.
 */
package jp.suishin.meeting;
