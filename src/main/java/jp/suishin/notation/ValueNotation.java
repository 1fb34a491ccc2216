package jp.suishin.notation;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a KPI value as people write it in reports and spreadsheets: {@code 113,600ha},
 * {@code 52.0％}, {@code 1,232万人}, {@code ▲312人}, full-width {@code １２３},
 * {@code 集計中（7月頃）}, {@code －}.
 */
public final class ValueNotation {

	private static final Pattern NUMBER = Pattern
		.compile("^([▲△\\-−])?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?([^\\d,.].*)?$");

	private static final Pattern PENDING = Pattern.compile("^集計中(?:\\((\\d{1,2})月(?:頃)?\\))?$");

	private static final Pattern BLANK = Pattern.compile("^[\\-―—‐ー−]?$");

	/** What storage keeps exactly: six decimals, eighteen integer digits. */
	static final int MAX_DECIMALS = 6;

	static final int MAX_INTEGER_DIGITS = 18;

	private ValueNotation() {
	}

	public static ParsedValue parse(String written, Unit unit) {
		String s = written == null ? "" : Unit.normalise(written);
		if (BLANK.matcher(s).matches()) {
			return new ParsedValue.Blank();
		}
		Matcher pending = PENDING.matcher(s);
		if (pending.matches()) {
			if (pending.group(1) == null) {
				return new ParsedValue.Pending(null);
			}
			return ExpectedMonth.parse(pending.group(1))
				.<ParsedValue>map(ParsedValue.Pending::new)
				.orElseGet(() -> new ParsedValue.Invalid(Problem.of("notation.month.invalid", written.strip())));
		}
		Matcher number = NUMBER.matcher(s);
		if (!number.matches()) {
			return new ParsedValue.Invalid(Problem.of("notation.value.invalid", written.strip()));
		}
		BigDecimal amount = new BigDecimal(
				number.group(2).replace(",", "") + (number.group(3) == null ? "" : number.group(3)));
		if (number.group(1) != null) {
			amount = amount.negate();
		}
		if (number.group(4) != null) {
			Unit writtenUnit = Unit.of(number.group(4));
			if (!unit.isCompatibleWith(writtenUnit)) {
				return new ParsedValue.Invalid(
						Problem.of("notation.value.unit-mismatch", written.strip(), writtenUnit.text(), unit.text()));
			}
			int shift = writtenUnit.exponent() - unit.exponent();
			if (shift != 0) {
				amount = converted(amount.movePointRight(shift));
			}
		}
		if (amount.scale() > MAX_DECIMALS || amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
			return new ParsedValue.Invalid(Problem.of("notation.value.out-of-range", written.strip(), MAX_DECIMALS));
		}
		return new ParsedValue.Amount(amount);
	}

	/**
	 * An amount moved to another scale keeps no trailing zeros the move created: 1.5万 is
	 * 15000, not 15000.0.
	 */
	private static BigDecimal converted(BigDecimal amount) {
		BigDecimal stripped = amount.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
