package jp.suishin.progress;

import java.math.BigDecimal;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.notation.FiscalYear;

/**
 * The actual a KPI is evaluated on in a year. For a cumulative KPI (累計・延べ) it is the sum
 * of the yearly values from the year after the baseline year (or the first year with a
 * value) through the year; a pending year in that range makes it pending, a missing one
 * makes it missing. Averages and stocks are taken as entered.
 */
final class EvaluatedActual {

	private EvaluatedActual() {
	}

	static Optional<Actual> of(KpiFigures kpi, FiscalYear year) {
		YearlyActuals values = kpi.values();
		if (kpi.aggregation() != Aggregation.CUMULATIVE) {
			return Optional.ofNullable(values.get(year));
		}
		if (!values.has(year)) {
			return Optional.empty();
		}
		FiscalYear from = kpi.baseline() != null && kpi.baseline().year() != null ? kpi.baseline().year().next()
				: values.firstYear();
		BigDecimal sum = BigDecimal.ZERO;
		boolean preliminary = false;
		for (int y = from.value(); y <= year.value(); y++) {
			Actual actual = values.get(FiscalYear.of(y));
			if (actual == null) {
				return Optional.empty();
			}
			if (actual instanceof Actual.Pending pending) {
				return Optional.of(pending);
			}
			preliminary |= actual instanceof Actual.Preliminary;
			sum = sum.add(actual.amount().orElseThrow());
		}
		return Optional.of(preliminary ? new Actual.Preliminary(sum) : new Actual.Confirmed(sum));
	}

	/**
	 * The year a scheme grades on when {@code year} has no value at all: the latest
	 * earlier year with a confirmed value, unless a more recent year is pending — a
	 * pending value is never replaced by an older one, so then that year.
	 */
	static Optional<FiscalYear> latestAvailableBefore(KpiFigures kpi, FiscalYear year) {
		return Optional.ofNullable(kpi.values()
			.latestBefore(year,
					earlier -> of(kpi, earlier)
						.filter(a -> a instanceof Actual.Confirmed || a instanceof Actual.Pending)
						.isPresent()));
	}

	/**
	 * The measured (confirmed or preliminary) evaluated amounts up to a year, oldest
	 * first.
	 */
	static NavigableMap<FiscalYear, BigDecimal> series(KpiFigures kpi, FiscalYear upTo) {
		NavigableMap<FiscalYear, BigDecimal> series = new TreeMap<>();
		for (FiscalYear year : kpi.values().years()) {
			if (!year.isAfter(upTo)) {
				of(kpi, year).flatMap(Actual::amount).ifPresent(amount -> series.put(year, amount));
			}
		}
		return series;
	}

}
