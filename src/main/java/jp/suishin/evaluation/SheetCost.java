package jp.suishin.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jp.suishin.notation.Unit;

/**
 * The cost of a program in a year, in the sheet's unit: 事業費 with its 財源内訳 (一般財源,
 * 国庫支出金・交付金, 寄附金, その他), 人件費 = 人工 × the average personnel cost, フルコスト = 事業費 + 人件費, and the
 * full cost per unit of output. BigDecimal throughout; nothing here rounds but the cost
 * per unit (half-up, one decimal).
 *
 * @param donations the donations designated to the program in the year (never typed)
 * @param average the installation's average personnel cost, or {@code null} while the
 * administrator has set none
 */
public record SheetCost(Unit unit, BigDecimal programCost, BigDecimal generalFund, BigDecimal nationalGrant,
		BigDecimal donations, BigDecimal other, BigDecimal staffYears, PersonnelCost average) {

	/** 人件費, or {@code null} without staff time or an average personnel cost. */
	public BigDecimal personnelCost() {
		if (staffYears == null || average == null) {
			return null;
		}
		return staffYears.multiply(average.in(unit));
	}

	/** フルコスト, or {@code null} without 事業費 or 人件費. */
	public BigDecimal fullCost() {
		BigDecimal personnel = personnelCost();
		return programCost == null || personnel == null ? null : programCost.add(personnel);
	}

	/** The sum of the funding sources (a source not written counts as none). */
	public BigDecimal fundingTotal() {
		return orZero(generalFund).add(orZero(nationalGrant)).add(orZero(donations)).add(orZero(other));
	}

	/** Whether the funding sources add up to 事業費 (true while no 事業費 is written). */
	public boolean balanced() {
		return programCost == null || programCost.compareTo(fundingTotal()) == 0;
	}

	/**
	 * The unit the cost per unit of output is written in: yen, as the sheets print it.
	 */
	public static final Unit YEN = Unit.of("円");

	/**
	 * The full cost per unit of output in {@link #YEN}: フルコスト ÷ the output, half-up to
	 * whole yen; {@code null} when either is unknown or the output is not above zero.
	 */
	public BigDecimal unitCost(BigDecimal output) {
		BigDecimal full = fullCost();
		if (full == null || output == null || output.signum() <= 0) {
			return null;
		}
		return full.movePointRight(unit.exponent() - YEN.exponent()).divide(output, 0, RoundingMode.HALF_UP);
	}

	static BigDecimal orZero(BigDecimal amount) {
		return amount == null ? BigDecimal.ZERO : amount;
	}

}
