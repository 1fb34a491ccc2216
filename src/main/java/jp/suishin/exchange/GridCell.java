package jp.suishin.exchange;

import java.math.BigDecimal;

/**
 * A cell of a sheet as read for an import: its text as the sheet shows it, and where the
 * cell holds a number (typed as a number, or a formula whose cached result is one) that
 * number exactly as stored, with its number format.
 *
 * @param text what the cell shows, {@code ""} for an empty cell; never {@code null}
 * @param number the stored number, or {@code null} when the cell holds none (text, blank,
 * error, boolean)
 * @param format the cell's number format as Excel writes it ({@code #,##0"人"},
 * {@code 0.0%}), or {@code null} for General, text cells and CSV
 * @param formula whether the cell is a formula (its text and number are the cached
 * result; a formula is never evaluated)
 */
public record GridCell(String text, BigDecimal number, String format, boolean formula) {

	public static final GridCell EMPTY = new GridCell("", null, null, false);

	public GridCell {
		text = text == null ? "" : text;
	}

	public static GridCell text(String text) {
		return text == null || text.isEmpty() ? EMPTY : new GridCell(text, null, null, false);
	}

	public boolean isBlank() {
		return text.isBlank() && number == null;
	}

}
