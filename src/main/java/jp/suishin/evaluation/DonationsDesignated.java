package jp.suishin.evaluation;

import java.math.BigDecimal;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;

/**
 * The donations (企業版ふるさと納税) designated to a program in a fiscal year: the 寄附金 of its
 * sheet's 財源内訳. The donation module implements it; without it no donation is recorded,
 * which is zero.
 */
public interface DonationsDesignated {

	DonationsDesignated NONE = (programId, year, unit) -> BigDecimal.ZERO;

	/** The total in {@code unit} (千円), zero when there is none. */
	BigDecimal to(long programId, FiscalYear year, Unit unit);

}
