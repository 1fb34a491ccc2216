package jp.suishin.notation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The month a pending figure is expected in (集計中（7月頃）). */
public final class ExpectedMonth {

	private static final Pattern MONTH = Pattern.compile("^(\\d{1,2})(?:月)?(?:頃)?$");

	private ExpectedMonth() {
	}

	/**
	 * Reads {@code 7}, {@code ７}, {@code 7月}, {@code 7月頃}; empty when it is not a month.
	 */
	public static Optional<Integer> parse(String written) {
		if (written == null) {
			return Optional.empty();
		}
		Matcher m = MONTH.matcher(Unit.normalise(written));
		if (!m.matches()) {
			return Optional.empty();
		}
		int month = Integer.parseInt(m.group(1));
		return month >= 1 && month <= 12 ? Optional.of(month) : Optional.empty();
	}

}
