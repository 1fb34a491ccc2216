package jp.suishin.planimport;

import java.math.BigDecimal;

/**
 * A value cell as written in the sheet: its text ({@code ▲12}, {@code 集計中（8月頃）},
 * {@code 12人}) and, where the cell is typed numeric, its number (which then counts).
 *
 * @param cell the text as written (for a typed number, as the sheet shows it)
 * @param number the cell's number when it is typed numeric (a percent-formatted 0.123
 * with unit % is 12.3), else {@code null}
 * @param formula whether the cell is a formula (its cached value is read)
 * @param row the sheet row from 1
 * @param column the column's letters
 */
public record WrittenValue(String cell, BigDecimal number, boolean formula, int row, String column) {

}
