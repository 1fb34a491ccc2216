package jp.suishin.donation;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.suishin.refusal.Validated;

/**
 * The day a donation was received, as people write it: {@code 2024-05-10} (what a date
 * field sends), {@code 2024/5/10}, {@code 2024年5月10日}, {@code 令和6年5月10日},
 * {@code R6.5.10}, {@code 令和元年6月1日}, {@code H31.4.1}, full-width digits too.
 */
public final class ReceiptDate {

	private static final Pattern WESTERN = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$");

	private static final Pattern ERA = Pattern.compile("^(令和|平成|R|H)(元|\\d{1,2})[年.](\\d{1,2})[月.](\\d{1,2})日?$");

	private static final Pattern WHITESPACE = Pattern.compile("\\s");

	private ReceiptDate() {
	}

	/**
	 * The day, or {@code donation.receivedOn.required} when nothing is written,
	 * {@code donation.receivedOn.invalid} when it is not a day of the calendar.
	 */
	public static Validated<LocalDate> read(String written) {
		if (written == null || written.isBlank()) {
			return Validated.rejected("donation.receivedOn.required");
		}
		String s = WHITESPACE.matcher(Normalizer.normalize(written, Normalizer.Form.NFKC)).replaceAll("").toUpperCase();
		try {
			Matcher western = WESTERN.matcher(s);
			if (western.matches()) {
				return Validated.valid(LocalDate.of(Integer.parseInt(western.group(1)),
						Integer.parseInt(western.group(2)), Integer.parseInt(western.group(3))));
			}
			Matcher era = ERA.matcher(s);
			if (era.matches()) {
				int n = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
				boolean reiwa = era.group(1).equals("令和") || era.group(1).equals("R");
				if (n >= 1 && (reiwa || n <= 31)) {
					LocalDate day = LocalDate.of((reiwa ? 2018 : 1988) + n, Integer.parseInt(era.group(3)),
							Integer.parseInt(era.group(4)));
					// 令和 began on 2019-05-01; 平成 ended the day before
					if (reiwa ? !day.isBefore(LocalDate.of(2019, 5, 1)) : day.isBefore(LocalDate.of(2019, 5, 1))) {
						return Validated.valid(day);
					}
				}
			}
		}
		catch (DateTimeException ex) {
			// not a day of the calendar (2月30日): refused below
		}
		return Validated.rejected("donation.receivedOn.invalid", written.strip());
	}

}
