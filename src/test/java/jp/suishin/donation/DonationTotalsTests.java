package jp.suishin.donation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.plan.DonationBudget;
import org.junit.jupiter.api.Test;

/**
 * The totals against Iwamizawa's guide (530,000千円, FY2020–FY2027, seed 000), each figure
 * worked out by hand in the test.
 */
class DonationTotalsTests {

	static final Unit SEN_EN = Unit.of("千円");

	static final DonationBudget GUIDE = new DonationBudget(new BigDecimal("530000"), SEN_EN,
			FiscalPeriod.of(2020, 2027), null);

	static Donation donation(String day, String amount, Unit unit, boolean example) {
		LocalDate on = LocalDate.parse(day);
		return new Donation(1, 1, "株式会社テスト", on, DonationContent.fiscalYearOf(on), new BigDecimal(amount), unit, null,
				null, false, example);
	}

	static final List<Donation> DONATIONS = List.of(donation("2021-06-15", "5000", SEN_EN, false),
			// 2022-11-01 and 2023-03-20 are both FY2022 (April–March)
			donation("2022-11-01", "3000", SEN_EN, false), donation("2023-03-20", "2000", SEN_EN, true),
			// written in yen: 1,500,000円 = 1,500千円
			donation("2024-08-08", "10000", SEN_EN, false), donation("2024-12-10", "1500000", Unit.of("円"), false));

	@Test
	void iwamizawasGuide_totalsEachFiscalYear_andTheCumulativeShareHalfUp() {
		DonationTotals totals = DonationTotals.of(GUIDE, DONATIONS);
		// FY2020 0; FY2021 5,000; FY2022 3,000 + 2,000 = 5,000; FY2023 0;
		// FY2024 10,000 + 1,500 = 11,500; FY2025–FY2027 0
		assertThat(totals.years()).extracting(y -> y.total().stripTrailingZeros().toPlainString())
			.containsExactly("0", "5000", "5000", "0", "11500", "0", "0", "0");
		// cumulative: 0, 5,000, 10,000, 10,000, 21,500, 21,500 …
		assertThat(totals.years()).extracting(y -> y.cumulative().stripTrailingZeros().toPlainString())
			.containsExactly("0", "5000", "10000", "10000", "21500", "21500", "21500", "21500");
		// 5,000 ÷ 530,000 = 0.943…% → 0.9; 10,000 ÷ 530,000 = 1.886…% → 1.9;
		// 21,500 ÷ 530,000 = 4.0566…% → 4.1
		assertThat(totals.years()).extracting(y -> y.share().toPlainString())
			.containsExactly("0.0", "0.9", "1.9", "1.9", "4.1", "4.1", "4.1", "4.1");
		assertThat(totals.cumulative()).isEqualByComparingTo("21500");
		assertThat(totals.cumulativeText()).isEqualTo("21,500千円");
		assertThat(totals.shareText()).isEqualTo("4.1％");
		assertThat(totals.years()).extracting(DonationTotals.YearTotal::count).containsExactly(0, 1, 2, 0, 2, 0, 0, 0);
		assertThat(totals.examples()).isTrue();
	}

	@Test
	void upToAYear_countsFromTheStartOfThePeriodToThatYearOnly() {
		DonationTotals toR4 = DonationTotals.of(GUIDE, DONATIONS, FiscalYear.of(2022));
		// FY2020–FY2022: 0 + 5,000 + 5,000 = 10,000 → 1.9%
		assertThat(toR4.years()).hasSize(3);
		assertThat(toR4.cumulative()).isEqualByComparingTo("10000");
		assertThat(toR4.share()).isEqualByComparingTo("1.9");
		// FY2021 alone has no example
		assertThat(DonationTotals.of(GUIDE, DONATIONS, FiscalYear.of(2021)).examples()).isFalse();
		// before the period: nothing counted; after it: the whole period
		assertThat(DonationTotals.of(GUIDE, DONATIONS, FiscalYear.of(2019)).years()).isEmpty();
		assertThat(DonationTotals.of(GUIDE, DONATIONS, FiscalYear.of(2030)).years()).hasSize(8);
	}

	@Test
	void aShareOnTheHalf_roundsUp() {
		// 265 ÷ 530,000 = 0.05% exactly → 0.1 (half-up), not 0.0 (half-even)
		DonationTotals totals = DonationTotals.of(GUIDE, List.of(donation("2020-04-01", "265", SEN_EN, false)));
		assertThat(totals.share()).isEqualByComparingTo("0.1");
		assertThat(totals.shareText()).isEqualTo("0.1％");
	}

	@Test
	void anAmountInAnotherUnit_convertsExactly() {
		// 1,234.5千円 = 1,234,500円; 2,500円 = 2.5千円
		assertThat(donation("2024-05-01", "1234.5", SEN_EN, false).amountIn(Unit.of("円")))
			.isEqualTo(new BigDecimal("1234500"));
		assertThat(donation("2024-05-01", "2500", Unit.of("円"), false).amountIn(SEN_EN))
			.isEqualTo(new BigDecimal("2.5"));
	}

}
