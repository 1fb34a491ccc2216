package jp.suishin.donation;

import java.time.LocalDate;
import java.util.Optional;

import jp.suishin.notation.DayNotation;
import jp.suishin.refusal.Validated;

/**
 * The day a donation was received, as people write it: {@code 2024-05-10} (what a date
 * field sends), {@code 2024/5/10}, {@code 2024年5月10日}, {@code 令和6年5月10日},
 * {@code R6.5.10}, {@code 令和元年6月1日}, {@code H31.4.1}, full-width digits too.
 */
public final class ReceiptDate {

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
		Optional<LocalDate> day = DayNotation.parse(written);
		if (day.isPresent()) {
			return Validated.valid(day.get());
		}
		return Validated.rejected("donation.receivedOn.invalid", written.strip());
	}

}
