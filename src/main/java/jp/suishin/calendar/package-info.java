/**
 * The evaluation calendar of a plan's data year (評価カレンダー): the collection deadline,
 * internal evaluation, the expert meeting(s), the decision and the publication, each with
 * its date; which step is current and which are overdue on the installation's day; and
 * the scheduled reminders to the planners of overdue steps, with what they sent. The
 * collection deadline and the publication are not marked by hand: the first is the year's
 * collection (done once it is locked), the second an edition of the year.
 */
package jp.suishin.calendar;
