package jp.suishin.notation;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese fiscal year (年度, April to March), identified by the western year it starts
 * in: FY2024 is R6, April 2024 to March 2025. Reiwa 1 is counted as 2019 for fiscal years
 * (it began in May 2019), Heisei 31 as 2019 too.
 */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

	// Written out: the generated equals and hashCode of a record go through method
	// handles, and a KPI list looks years up in maps thousands of times per page.
	@Override
	public boolean equals(Object other) {
		return other instanceof FiscalYear year && year.value == value;
	}

	@Override
	public int hashCode() {
		return Integer.hashCode(value);
	}

	/** The earliest fiscal year there can be. */
	public static final int FIRST = 1900;

	/** The latest fiscal year there can be. */
	public static final int LAST = 2200;

	private static final int REIWA_START = 2019;

	/**
	 * Years read from text stay one year inside the range, so that the year before and
	 * after always exist.
	 */
	private static final int FIRST_PARSED = FIRST + 1;

	private static final int LAST_PARSED = LAST - 1;

	private static final int HEISEI_START = 1989;

	private static final int SHOWA_START = 1926;

	private static final Pattern ERA = Pattern.compile("^(R|H|S|令和|平成|昭和)(元|\\d{1,3})(?:年度|年)?$");

	private static final Pattern WHITESPACE = Pattern.compile("\\s");

	private static final Pattern WESTERN = Pattern.compile("^(?:FY)?(\\d{4})(?:年度|年)?$");

	public FiscalYear {
		if (!inRange(value)) {
			throw new IllegalArgumentException("fiscal year out of range: " + value);
		}
	}

	/**
	 * Every year there can be, made once: a national pass holds millions of values, each
	 * keyed by its year.
	 */
	private static final FiscalYear[] YEARS = new FiscalYear[LAST - FIRST + 1];

	static {
		for (int i = 0; i < YEARS.length; i++) {
			YEARS[i] = new FiscalYear(FIRST + i);
		}
	}

	public static FiscalYear of(int value) {
		if (!inRange(value)) {
			return new FiscalYear(value);
		}
		return YEARS[value - FIRST];
	}

	private static boolean inRange(int value) {
		return value >= FIRST && value <= LAST;
	}

	/**
	 * Reads a fiscal year as people write it: {@code R6}, {@code Ｒ６}, {@code 令和6年度},
	 * {@code 令和元年度}, {@code H29}, {@code 平成29年度}, {@code 2024}, {@code 2024年度},
	 * {@code FY2024}.
	 */
	public static Optional<FiscalYear> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("").toUpperCase();
		Matcher western = WESTERN.matcher(s);
		if (western.matches()) {
			int year = Integer.parseInt(western.group(1));
			return year >= FIRST_PARSED && year <= LAST_PARSED ? Optional.of(new FiscalYear(year)) : Optional.empty();
		}
		Matcher era = ERA.matcher(s);
		if (!era.matches()) {
			return Optional.empty();
		}
		int n = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
		if (n < 1) {
			return Optional.empty();
		}
		return switch (era.group(1)) {
			case "R", "令和" -> Optional.of(new FiscalYear(REIWA_START + n - 1));
			case "H", "平成" -> n <= 31 ? Optional.of(new FiscalYear(HEISEI_START + n - 1)) : Optional.empty();
			default -> n <= 64 ? Optional.of(new FiscalYear(SHOWA_START + n - 1)) : Optional.empty();
		};
	}

	/** The short era label used in report tables: {@code R6}, {@code H29}. */
	public String eraLabel() {
		if (value >= REIWA_START) {
			return "R" + (value - REIWA_START + 1);
		}
		if (value >= HEISEI_START) {
			return "H" + (value - HEISEI_START + 1);
		}
		return "S" + (value - SHOWA_START + 1);
	}

	/** The long era label: {@code 令和6年度}, {@code 令和元年度}. */
	public String japaneseLabel() {
		String era;
		int n;
		if (value >= REIWA_START) {
			era = "令和";
			n = value - REIWA_START + 1;
		}
		else if (value >= HEISEI_START) {
			era = "平成";
			n = value - HEISEI_START + 1;
		}
		else {
			era = "昭和";
			n = value - SHOWA_START + 1;
		}
		return era + (n == 1 ? "元" : Integer.toString(n)) + "年度";
	}

	public FiscalYear next() {
		return new FiscalYear(value + 1);
	}

	public FiscalYear previous() {
		return new FiscalYear(value - 1);
	}

	public boolean isAfter(FiscalYear other) {
		return value > other.value;
	}

	public boolean isBefore(FiscalYear other) {
		return value < other.value;
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(value, other.value);
	}

	@Override
	public String toString() {
		return eraLabel() + "(" + value + ")";
	}

}
