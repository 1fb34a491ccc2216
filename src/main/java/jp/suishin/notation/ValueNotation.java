package jp.suishin.notation;

import jp.suishin.refusal.Problem;
import jp.suishin.refusal.Validated;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a KPI value as people write it in reports and spreadsheets: {@code 113,600ha},
 * {@code 52.0％}, {@code 1,232万人}, {@code ▲312人}, full-width {@code １２３},
 * {@code 集計中（7月頃）}, {@code －}.
 */
public final class ValueNotation {

	private static final Pattern NUMBER = Pattern
		.compile("^([▲△\\-−+])?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?([^\\d,.].*)?$");

	private static final Pattern PENDING = Pattern.compile("^集計中(?:\\((\\d{1,2})月(?:頃)?\\))?$");

	private static final List<String> LEADING_WORDS = List.of("約", "延べ", "累計");

	private static final Pattern NAKAGURO_DECIMAL = Pattern.compile("^([▲△\\-−]?\\d+)・(\\d+)(?=\\D|$)");

	private static final String NUMBER_TEXT = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

	private static final Pattern SCALED_GROUP = Pattern.compile("(" + NUMBER_TEXT + ")(億|千万|百万|十万|万|千|百|十)");

	private static final Pattern PLAIN_NUMBER = Pattern.compile(NUMBER_TEXT);

	private static final Pattern SIGN = Pattern.compile("[▲△\\-−+]?");

	private static final Map<String, Integer> SCALE_EXPONENTS = Map.of("億", 8, "千万", 7, "百万", 6, "十万", 5, "万", 4, "千",
			3, "百", 2, "十", 1);

	private static final Pattern DIGITS_APART = Pattern.compile("\\d\\s+\\d");

	private static final Pattern UNIT_LIKE = Pattern.compile("^[\\p{L}%㎡㎢]{1,6}$");

	private static final Pattern DOUBLE_SCALE = Pattern.compile("^[億万千百十]{2}");

	private static final List<String> NOT_A_UNIT = List.of("程度", "以上", "以下", "未満", "速報", "見込", "約", "前後");

	private static final Pattern BLANK = Pattern.compile("^[\\-―—‐ー−]?$");

	/** What storage keeps exactly: six decimals, eighteen integer digits. */
	static final int MAX_DECIMALS = 6;

	static final int MAX_INTEGER_DIGITS = 18;

	private ValueNotation() {
	}

	/**
	 * A figure that must be a number (a target, a baseline, a row of sample data): the
	 * amount in the KPI's unit; pending, {@code －} or nothing is rejected with
	 * {@code notation.value.number-required}, unreadable text as {@link #parse} rejects
	 * it. The one statement of that rule, for every channel.
	 */
	public static Validated<BigDecimal> amount(String written, Unit unit) {
		ParsedValue parsed = parse(written, unit);
		if (parsed instanceof ParsedValue.Amount amount) {
			return Validated.valid(amount.amount());
		}
		if (parsed instanceof ParsedValue.Invalid invalid) {
			return new Validated.Rejected<>(invalid.problem());
		}
		return Validated.rejected("notation.value.number-required", written == null ? "" : written.strip());
	}

	public static ParsedValue parse(String written, Unit unit) {
		if (written != null && DIGITS_APART.matcher(Normalizer.normalize(written, Normalizer.Form.NFKC)).find()) {
			return invalid(written);
		}
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
		if (s.startsWith("(") && s.endsWith(")")) {
			s = s.substring(1, s.length() - 1);
		}
		boolean approximate = s.startsWith("約");
		for (String word : LEADING_WORDS) {
			if (s.startsWith(word)) {
				s = s.substring(word.length());
				break;
			}
		}
		s = NAKAGURO_DECIMAL.matcher(s).replaceFirst("$1.$2");
		Optional<ParsedValue> mixed = mixed(s, written, unit, approximate);
		if (mixed.isPresent()) {
			return mixed.get();
		}
		Matcher number = NUMBER.matcher(s);
		if (!number.matches()) {
			return invalid(written);
		}
		BigDecimal amount = new BigDecimal(
				number.group(2).replace(",", "") + (number.group(3) == null ? "" : number.group(3)));
		if (number.group(1) != null) {
			amount = number.group(1).equals("+") ? amount : amount.negate();
		}
		if (number.group(4) != null) {
			Unit writtenUnit = Unit.of(number.group(4));
			if (!unit.isCompatibleWith(writtenUnit)) {
				return looksLikeAUnit(number.group(4)) ? mismatch(written, writtenUnit, unit) : invalid(written);
			}
			int shift = writtenUnit.exponent() - unit.exponent();
			if (shift != 0) {
				amount = converted(amount.movePointRight(shift));
			}
		}
		return checked(amount, approximate, written);
	}

	/**
	 * Mixed large-number units: {@code 807万7千円}, {@code 1億2,300万円}, {@code 3万5000人}.
	 * Empty when the text is not written that way (a single scale word like
	 * {@code 1,232万人} is an ordinary unit).
	 */
	private static Optional<ParsedValue> mixed(String s, String written, Unit unit, boolean approximate) {
		Matcher sign = SIGN.matcher(s);
		String rest = sign.lookingAt() ? s.substring(sign.end()) : s;
		boolean negative = sign.lookingAt() && !sign.group().isEmpty() && !sign.group().equals("+");
		BigDecimal total = BigDecimal.ZERO;
		int groups = 0;
		int previousExponent = Integer.MAX_VALUE;
		Matcher group = SCALED_GROUP.matcher(rest);
		while (group.lookingAt()) {
			int exponent = SCALE_EXPONENTS.get(group.group(2));
			if (exponent >= previousExponent) {
				return Optional.of(invalid(written));
			}
			previousExponent = exponent;
			total = total.add(number(group.group(1)).movePointRight(exponent));
			groups++;
			rest = rest.substring(group.end());
			group = SCALED_GROUP.matcher(rest);
		}
		Matcher trailing = PLAIN_NUMBER.matcher(rest);
		boolean hasTrailing = groups > 0 && trailing.lookingAt();
		if (groups == 0 || (groups == 1 && !hasTrailing)) {
			return Optional.empty();
		}
		if (hasTrailing) {
			total = total.add(number(trailing.group()));
			rest = rest.substring(trailing.end());
		}
		Unit writtenUnit = Unit.of(rest);
		if (!rest.isEmpty() && (writtenUnit.exponent() != 0 || !unit.isCompatibleWith(writtenUnit))) {
			return Optional.of(mismatch(written, writtenUnit, unit));
		}
		BigDecimal amount = converted(total.movePointLeft(unit.exponent()));
		return Optional.of(checked(negative ? amount.negate() : amount, approximate, written));
	}

	private static BigDecimal number(String written) {
		return new BigDecimal(written.replace(",", ""));
	}

	private static ParsedValue checked(BigDecimal amount, boolean approximate, String written) {
		if (amount.scale() > MAX_DECIMALS || amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
			return new ParsedValue.Invalid(Problem.of("notation.value.out-of-range", written.strip(), MAX_DECIMALS));
		}
		return new ParsedValue.Amount(amount, approximate);
	}

	/**
	 * Whether what follows a number reads as a unit (人, ha, カ所, 千円 …) rather than as more
	 * words or signs (1,200人程度, 28,672（速報）, 807万千円): only a unit is a unit mismatch, the
	 * rest is unreadable.
	 */
	private static boolean looksLikeAUnit(String suffix) {
		return UNIT_LIKE.matcher(suffix).matches() && NOT_A_UNIT.stream().noneMatch(suffix::contains)
				&& !DOUBLE_SCALE.matcher(suffix).find();
	}

	private static ParsedValue invalid(String written) {
		return new ParsedValue.Invalid(Problem.of("notation.value.invalid", written.strip()));
	}

	private static ParsedValue mismatch(String written, Unit writtenUnit, Unit unit) {
		return new ParsedValue.Invalid(
				Problem.of("notation.value.unit-mismatch", written.strip(), writtenUnit.text(), unit.text()));
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
