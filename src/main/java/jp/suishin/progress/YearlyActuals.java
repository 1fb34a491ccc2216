package jp.suishin.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import jp.suishin.kpi.Actual;
import jp.suishin.notation.FiscalYear;

/**
 * A KPI's actuals (実績値) by fiscal year, immutable: at most one per year, a year without
 * any simply absent. Held as one array indexed by year from the first year with a value
 * to the last (fiscal years span at most 301 years), so looking a year up is an index: a
 * national pass looks up millions.
 */
public final class YearlyActuals {

	private static final YearlyActuals NONE = new YearlyActuals(0, new Actual[0], 0);

	/** The first year with a value; meaningless when empty. */
	private final int first;

	/** {@code byYear[y - first]}: the actual of year {@code y}, or {@code null}. */
	private final Actual[] byYear;

	private final int size;

	private YearlyActuals(int first, Actual[] byYear, int size) {
		this.first = first;
		this.byYear = byYear;
		this.size = size;
	}

	/** No actual in any year. */
	public static YearlyActuals none() {
		return NONE;
	}

	public static YearlyActuals of(Map<FiscalYear, ? extends Actual> actuals) {
		return of(actuals, Function.identity());
	}

	/**
	 * The actuals of values by year, each made by {@code actual} (which must not give
	 * {@code null}).
	 */
	public static <V> YearlyActuals of(Map<FiscalYear, V> values, Function<? super V, ? extends Actual> actual) {
		if (values.isEmpty()) {
			return NONE;
		}
		int first = Integer.MAX_VALUE;
		int last = Integer.MIN_VALUE;
		for (FiscalYear year : values.keySet()) {
			first = Math.min(first, year.value());
			last = Math.max(last, year.value());
		}
		Actual[] byYear = new Actual[last - first + 1];
		for (Map.Entry<FiscalYear, V> entry : values.entrySet()) {
			Actual made = actual.apply(entry.getValue());
			if (made == null) {
				throw new NullPointerException("no actual for " + entry.getKey());
			}
			byYear[entry.getKey().value() - first] = made;
		}
		return new YearlyActuals(first, byYear, values.size());
	}

	/** The actual of a year, or {@code null} when the year has none. */
	public Actual get(FiscalYear year) {
		int at = year.value() - first;
		return at >= 0 && at < byYear.length ? byYear[at] : null;
	}

	public boolean has(FiscalYear year) {
		return get(year) != null;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	/** The number of years with an actual. */
	public int size() {
		return size;
	}

	/** The first year with an actual. */
	public FiscalYear firstYear() {
		requireSome();
		return FiscalYear.of(first);
	}

	/** The last year with an actual. */
	public FiscalYear lastYear() {
		requireSome();
		return FiscalYear.of(first + byYear.length - 1);
	}

	/** The years with an actual, oldest first. */
	public List<FiscalYear> years() {
		List<FiscalYear> years = new ArrayList<>(size);
		for (int i = 0; i < byYear.length; i++) {
			if (byYear[i] != null) {
				years.add(FiscalYear.of(first + i));
			}
		}
		return years;
	}

	/** The actuals, oldest year first. */
	public List<Actual> actuals() {
		List<Actual> actuals = new ArrayList<>(size);
		for (Actual actual : byYear) {
			if (actual != null) {
				actuals.add(actual);
			}
		}
		return actuals;
	}

	/**
	 * The latest year before {@code year} with an actual for which {@code test} holds, or
	 * {@code null}; years are tried latest first.
	 */
	FiscalYear latestBefore(FiscalYear year, Predicate<FiscalYear> test) {
		for (int i = Math.min(year.value() - first, byYear.length) - 1; i >= 0; i--) {
			if (byYear[i] != null && test.test(FiscalYear.of(first + i))) {
				return FiscalYear.of(first + i);
			}
		}
		return null;
	}

	/** The actuals as a sorted map (a copy). */
	public NavigableMap<FiscalYear, Actual> asMap() {
		NavigableMap<FiscalYear, Actual> map = new TreeMap<>();
		for (int i = 0; i < byYear.length; i++) {
			if (byYear[i] != null) {
				map.put(FiscalYear.of(first + i), byYear[i]);
			}
		}
		return Collections.unmodifiableNavigableMap(map);
	}

	private void requireSome() {
		if (size == 0) {
			throw new NoSuchElementException("no actual in any year");
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof YearlyActuals actuals && actuals.size == size
				&& (size == 0 || actuals.first == first && Arrays.equals(actuals.byYear, byYear));
	}

	@Override
	public int hashCode() {
		return size == 0 ? 0 : 31 * first + Arrays.hashCode(byYear);
	}

	@Override
	public String toString() {
		return asMap().toString();
	}

}
