package jp.suishin.donation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;

/**
 * A donation as stored.
 *
 * @param donor the donor's name as recorded; {@link #publicDonor()} is what may be shown
 * @param year the fiscal year of the day it was received (April–March)
 * @param amount in {@code unit}, the unit the plan writes money in (千円)
 * @param programId the program it is designated to, or {@code null}; {@code programName}
 * that program's name
 * @param anonymous whether the donor does not want to be named
 * @param example whether it is a sample-data example, not a real donation
 */
public record Donation(long id, long planId, String donor, LocalDate receivedOn, FiscalYear year, BigDecimal amount,
		Unit unit, Long programId, String programName, boolean anonymous, boolean example) {

	/** The donor's name, or {@code null} for a donor who does not want to be named. */
	public String publicDonor() {
		return anonymous ? null : donor;
	}

	/** The amount in another unit of money (円 for 千円): the same sum, exactly. */
	public BigDecimal amountIn(Unit other) {
		return DonationContent.converted(amount, unit, other);
	}

	public String amountText() {
		return QuantityFormat.format(amount, unit);
	}

	DonationContent content() {
		return new DonationContent(donor, receivedOn, amount, unit, programId, anonymous, example);
	}

}
