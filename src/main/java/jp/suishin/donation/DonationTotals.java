package jp.suishin.donation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;
import jp.suishin.plan.DonationBudget;

/**
 * The donations of a plan against its budget guide, up to a fiscal year: the total of
 * each year of the guide's period, the cumulative total and the share of the guide
 * reached (cumulative ÷ guide in percent, one decimal, half-up), all in the guide's unit.
 *
 * @param upTo the last year counted (the period's end at the latest)
 * @param share {@code null} when the guide is zero
 * @param examples whether any donation counted is a sample-data example
 */
public record DonationTotals(DonationBudget budget, FiscalYear upTo, List<YearTotal> years, BigDecimal cumulative,
		BigDecimal share, boolean examples) {

	public DonationTotals {
		years = List.copyOf(years);
	}

	/**
	 * One year of the period.
	 *
	 * @param cumulative from the start of the period to the end of this year
	 * @param share that cumulative total's share of the guide
	 */
	public record YearTotal(FiscalYear year, BigDecimal total, BigDecimal cumulative, BigDecimal share, int count) {
	}

	/** Over the whole period of the guide. */
	public static DonationTotals of(DonationBudget budget, List<Donation> donations) {
		return of(budget, donations, budget.period().to());
	}

	/**
	 * Up to a year: a year before the period counts nothing, a year after it counts the
	 * whole period.
	 */
	public static DonationTotals of(DonationBudget budget, List<Donation> donations, FiscalYear upTo) {
		FiscalYear last = upTo.isAfter(budget.period().to()) ? budget.period().to() : upTo;
		Unit unit = budget.unit();
		List<YearTotal> years = new ArrayList<>();
		BigDecimal cumulative = BigDecimal.ZERO;
		boolean examples = false;
		for (FiscalYear year : budget.period().years()) {
			if (year.isAfter(last)) {
				break;
			}
			List<Donation> ofYear = donations.stream().filter(d -> d.year().equals(year)).toList();
			BigDecimal total = sum(ofYear, unit);
			cumulative = cumulative.add(total);
			examples = examples || ofYear.stream().anyMatch(Donation::example);
			years.add(new YearTotal(year, total, cumulative, share(cumulative, budget.amount()), ofYear.size()));
		}
		return new DonationTotals(budget, last, years, cumulative, share(cumulative, budget.amount()), examples);
	}

	/** The amounts added up in a unit of money, exactly. */
	static BigDecimal sum(List<Donation> donations, Unit unit) {
		return donations.stream().map(d -> d.amountIn(unit)).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Part ÷ whole in percent, one decimal, half-up; {@code null} for a zero whole. */
	static BigDecimal share(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return null;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
	}

	public String cumulativeText() {
		return QuantityFormat.format(cumulative, budget.unit());
	}

	public String shareText() {
		return share == null ? "－" : QuantityFormat.percent(share);
	}

	/** An amount in the guide's unit as printed (12,345千円). */
	public String money(BigDecimal amount) {
		return QuantityFormat.format(amount, budget.unit());
	}

	/** A share as printed (12.3％), {@code －} when there is none. */
	public static String percent(BigDecimal share) {
		return share == null ? "－" : QuantityFormat.percent(share);
	}

}
