package jp.suishin.planimport;

import jp.suishin.refusal.Problem;

/**
 * Something about a plan's KPI sheet a planner must know (a warning) or fix (a problem).
 *
 * @param sheet the sheet's name
 * @param row the sheet row from 1; 0 for the whole sheet
 * @param column the column's letters, or {@code null}
 * @param cell what the cell says, or {@code null}
 * @param problem the message key and its arguments
 */
public record SheetIssue(String sheet, int row, String column, String cell, Problem problem) {

}
