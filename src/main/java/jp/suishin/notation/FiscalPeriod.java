package jp.suishin.notation;

import jp.suishin.refusal.Validated;

import java.util.ArrayList;
import java.util.List;

/** An inclusive range of fiscal years, such as a plan period (計画期間) FY2025–FY2029. */
public record FiscalPeriod(FiscalYear from, FiscalYear to) {

	public FiscalPeriod {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("period ends before it starts: " + from + " - " + to);
		}
	}

	public static FiscalPeriod of(int from, int to) {
		return new FiscalPeriod(FiscalYear.of(from), FiscalYear.of(to));
	}

	public boolean contains(FiscalYear year) {
		return !year.isBefore(from) && !year.isAfter(to);
	}

	/**
	 * A year as written, if it is readable and lies in this period: the one check of
	 * "within the plan period" for values, milestones, collections and imports.
	 */
	public Validated<FiscalYear> admit(String written) {
		return FiscalYear.parse(written)
			.map(this::admit)
			.orElseGet(() -> Validated.rejected("fiscal-year.invalid", written == null ? "" : written.strip()));
	}

	public Validated<FiscalYear> admit(FiscalYear year) {
		if (!contains(year)) {
			return Validated.rejected("fiscal-year.outside-period", year.eraLabel(), from.eraLabel(), to.eraLabel());
		}
		return Validated.valid(year);
	}

	public List<FiscalYear> years() {
		List<FiscalYear> years = new ArrayList<>();
		for (int y = from.value(); y <= to.value(); y++) {
			years.add(FiscalYear.of(y));
		}
		return years;
	}

}
