package jp.suishin.report;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.YearParameter;
import jp.suishin.progress.SchemeName;

/**
 * What a KPI list's query parameters mean, written once for its page, its downloads and
 * its API: a year in any notation ({@code R6}, {@code 令和6年度} and {@code 2024} are one
 * year; blank: the latest), a built-in scheme's name (blank: the plan's own). Each maps
 * what was written to its canonical form, empty when the list refuses it.
 */
public final class KpiListParameters {

	public static final Map<String, Function<String, Optional<String>>> CANONICAL = Map.of("year",
			KpiListParameters::year, "scheme", KpiListParameters::scheme);

	private KpiListParameters() {
	}

	static Optional<String> year(String written) {
		return YearParameter.of(written).accepted().map(y -> y.map(FiscalYear::value).map(String::valueOf).orElse(""));
	}

	static Optional<String> scheme(String written) {
		return SchemeName.parameter(written).accepted().map(n -> n.map(SchemeName::value).orElse(""));
	}

}
