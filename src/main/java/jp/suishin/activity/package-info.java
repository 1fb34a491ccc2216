/**
 * What a plan's projects did and will do: per node and fiscal year the activities and
 * results (これまでの主な取組・成果) with their dates, place, participants, lead bodies and images,
 * and the next year's main actions (R6年度の主な取組). Dates are stored as dates; the era
 * notation is only how {@link jp.suishin.activity.ActivityDates} writes them.
 */
package jp.suishin.activity;
