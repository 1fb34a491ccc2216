package jp.suishin.notation;

import java.util.regex.Pattern;

/**
 * The mark tables print after a preliminary figure, {@code 53.0％（速報）}: written by the KPI
 * list and its CSV export, read back by the {@code evaluate} command.
 */
public final class PreliminaryMark {

	public static final String MARK = "（速報）";

	private static final Pattern WRITTEN = Pattern.compile("[（(]速報[）)]$");

	private PreliminaryMark() {
	}

	public static String mark(String text) {
		return text + MARK;
	}

	/** Whether a cell ends with the mark, in full-width or half-width brackets. */
	public static boolean isMarked(String written) {
		return WRITTEN.matcher(written).find();
	}

	public static String strip(String written) {
		return WRITTEN.matcher(written).replaceFirst("");
	}

}
