package jp.suishin.notation;

import java.util.Optional;

import jp.suishin.refusal.Validated;

/**
 * The {@code year} a page or API request asks for ({@code ?year=R6}): not given, or a
 * readable fiscal year. Every channel reads it here; an unreadable one is rejected with
 * {@code fiscal-year.invalid}.
 */
public final class YearParameter {

	private YearParameter() {
	}

	/** Empty when not given (or blank); the year when readable. */
	public static Validated<Optional<FiscalYear>> of(String written) {
		if (written == null || written.isBlank()) {
			return Validated.valid(Optional.empty());
		}
		return FiscalYear.parse(written)
			.<Validated<Optional<FiscalYear>>>map(year -> Validated.valid(Optional.of(year)))
			.orElseGet(() -> Validated.rejected("fiscal-year.invalid", written.strip()));
	}

}
