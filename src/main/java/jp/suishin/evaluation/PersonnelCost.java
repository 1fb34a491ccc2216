package jp.suishin.evaluation;

import java.math.BigDecimal;

import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;

/**
 * The installation's average personnel cost of one person-year (人工), as the administrator
 * writes it (8,000千円).
 */
public record PersonnelCost(BigDecimal amount, Unit unit) {

	public String text() {
		return QuantityFormat.format(amount, unit);
	}

	/** The amount in another unit of the same base ({@code 千円} → {@code 円}). */
	public BigDecimal in(Unit other) {
		return amount.movePointRight(unit.exponent() - other.exponent());
	}

}
