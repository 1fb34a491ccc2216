package jp.suishin.plan;

import java.math.BigDecimal;

import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;

/** 寄附の金額の目安: the corporate donations (企業版ふるさと納税) a plan expects over a period. */
public record DonationBudget(BigDecimal amount, Unit unit, FiscalPeriod period, String note) {

	public String amountText() {
		return QuantityFormat.format(amount, unit);
	}

}
