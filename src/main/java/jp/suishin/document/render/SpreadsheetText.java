package jp.suishin.document.render;

import jp.suishin.exchange.FormulaGuard;

/**
 * A text as a cell of a written workbook: neutralised by {@link FormulaGuard} (a text
 * starting with {@code = + - @}, TAB, CR or NUL gets an apostrophe before it), and the
 * characters XML cannot carry written as the xlsx format's {@code _xHHHH_} escapes, as
 * the exchange writer does.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/** The text to put in a cell, or {@code null} for {@code null}. */
	public static String cell(String text) {
		if (text == null) {
			return null;
		}
		String neutralised = FormulaGuard.neutralise(text);
		StringBuilder safe = null;
		for (int i = 0; i < neutralised.length(); i++) {
			char c = neutralised.charAt(i);
			boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
			if (control && safe == null) {
				safe = new StringBuilder(neutralised.substring(0, i));
			}
			if (safe != null) {
				safe.append(control ? String.format("_x%04X_", (int) c) : String.valueOf(c));
			}
		}
		return safe == null ? neutralised : safe.toString();
	}

}
