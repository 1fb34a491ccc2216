package jp.suishin.notation;

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

	public List<FiscalYear> years() {
		List<FiscalYear> years = new ArrayList<>();
		for (int y = from.value(); y <= to.value(); y++) {
			years.add(FiscalYear.of(y));
		}
		return years;
	}

}
