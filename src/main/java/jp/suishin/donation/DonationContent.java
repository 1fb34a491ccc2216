package jp.suishin.donation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;

/**
 * What a donation says once its form is checked: the values the records store.
 *
 * @param amount a positive amount in {@code unit}
 * @param programId a program of the plan, or {@code null}
 */
public record DonationContent(String donor, LocalDate receivedOn, BigDecimal amount, Unit unit, Long programId,
		boolean anonymous, boolean example) {

	/** The fiscal year (April–March) the donation was received in. */
	public FiscalYear year() {
		return fiscalYearOf(receivedOn);
	}

	static FiscalYear fiscalYearOf(LocalDate day) {
		return FiscalYear.of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
	}

	/**
	 * An amount moved from one unit of money to another by their scale words (1,200千円 is
	 * 1,200,000円): exact, without trailing zeros the move made up.
	 */
	static BigDecimal converted(BigDecimal amount, Unit from, Unit to) {
		int shift = from.exponent() - to.exponent();
		if (shift == 0) {
			return amount;
		}
		BigDecimal moved = amount.movePointRight(shift).stripTrailingZeros();
		return moved.scale() < 0 ? moved.setScale(0) : moved;
	}

	/**
	 * How the audit trail records it: 2024-05-10 株式会社〇〇 1,000千円 anonymous example program
	 * 12.
	 */
	String described() {
		return receivedOn + " " + donor + " " + QuantityFormat.format(amount, unit) + (anonymous ? " anonymous" : "")
				+ (example ? " example" : "") + (programId == null ? "" : " program " + programId);
	}

}
