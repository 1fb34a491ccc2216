package jp.suishin.organising;

import jp.suishin.refusal.Problem;

/**
 * What is wrong with one cell (or row, or the whole file) of the national list.
 *
 * @param row from 1 as the sheet numbers it; 0 for the whole file
 * @param column the column's letters ({@code A}), or {@code null} for a whole row or file
 * @param cell what the cell says, or {@code null}
 */
public record ListProblem(String sheet, int row, String column, String cell, Problem problem) {
}
