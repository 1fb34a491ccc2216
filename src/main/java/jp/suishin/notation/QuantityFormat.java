package jp.suishin.notation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes amounts the way Japanese reports print them: {@code 113,600ha}, {@code ▲312人},
 * {@code 1,159.6万人}.
 */
public final class QuantityFormat {

	private QuantityFormat() {
	}

	/**
	 * The amount with thousands separators, ▲ for minus, and the unit as the plan writes
	 * it.
	 */
	public static String format(BigDecimal amount, Unit unit) {
		return number(amount) + unit.text();
	}

	/**
	 * The amount with thousands separators and ▲ for minus, keeping the decimals it was
	 * written with.
	 */
	public static String number(BigDecimal amount) {
		String plain = amount.abs().toPlainString();
		int dot = plain.indexOf('.');
		String integer = dot < 0 ? plain : plain.substring(0, dot);
		String fraction = dot < 0 ? "" : plain.substring(dot);
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < integer.length(); i++) {
			if (i > 0 && (integer.length() - i) % 3 == 0) {
				grouped.append(',');
			}
			grouped.append(integer.charAt(i));
		}
		return (amount.signum() < 0 ? "▲" : "") + grouped + fraction;
	}

	/**
	 * A percentage for display: half-up to one decimal, followed by ％ ({@code 99.9％}).
	 */
	public static String percent(BigDecimal percent) {
		return number(percent.setScale(1, RoundingMode.HALF_UP)) + "％";
	}

	/**
	 * A figure followed by its fiscal year, as tables print baselines and targets:
	 * {@code 7,250千人（R2）}.
	 */
	public static String withYear(String figure, FiscalYear year) {
		return year == null ? figure : figure + "（" + year.eraLabel() + "）";
	}

	/** {@code 集計中（7月頃）}, or {@code 集計中} when no month is known. */
	public static String pending(Integer expectedMonth) {
		return expectedMonth == null ? "集計中" : "集計中（" + expectedMonth + "月頃）";
	}

}
