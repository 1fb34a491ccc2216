package jp.suishin.progress;

import java.util.Optional;

import jp.suishin.refusal.Validated;

/**
 * The name of a built-in evaluation scheme ({@code ratio}, {@code sabc} …), as a request
 * or a form names it. The one check that a name is one of {@link Schemes#BUILT_IN};
 * another name is rejected with {@code scheme.unknown}.
 */
public record SchemeName(String value) {

	public static Validated<SchemeName> of(String written) {
		String name = written == null ? "" : written.strip();
		if (!Schemes.BUILT_IN.contains(name)) {
			return Validated.rejected("scheme.unknown", name, String.join(", ", Schemes.BUILT_IN));
		}
		return Validated.valid(new SchemeName(name));
	}

	/** A {@code scheme} query parameter: empty when not given (or blank). */
	public static Validated<Optional<SchemeName>> parameter(String written) {
		if (written == null || written.isBlank()) {
			return Validated.valid(Optional.empty());
		}
		return of(written).map(Optional::of);
	}

	public EvaluationScheme scheme() {
		return Schemes.builtIn(value);
	}

	@Override
	public String toString() {
		return value;
	}

}
