package jp.suishin.exchange;

/**
 * Formula neutralisation (OWASP CSV injection), the same both ways: the writer puts an
 * apostrophe before every cell that starts with {@code = + - @}, a tab, a carriage return
 * or NUL, so that no spreadsheet runs it; the reader takes exactly that apostrophe away
 * again. A cell that itself starts with an apostrophe gets one more, so that every text
 * reads back as it was written.
 */
public final class FormulaGuard {

	/** The first characters a spreadsheet may take for the start of a formula. */
	static final String FORMULA_START = "=+-@\t\r\0";

	private static final char GUARD = '\'';

	private FormulaGuard() {
	}

	/** The text as a cell of a written sheet. */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return guarded(text.charAt(0)) ? GUARD + text : text;
	}

	/** A cell of a read sheet as the text it stands for. */
	public static String restore(String cell) {
		if (cell == null || cell.length() < 2 || cell.charAt(0) != GUARD) {
			return cell;
		}
		return guarded(cell.charAt(1)) ? cell.substring(1) : cell;
	}

	private static boolean guarded(char first) {
		return first == GUARD || FORMULA_START.indexOf(first) >= 0;
	}

}
