package jp.suishin.refusal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a value object's factory answers: the value, or the problem with what was written.
 * Every channel calls the same factory and only says which field the text came from.
 */
public sealed interface Validated<T> {

	record Valid<T>(T value) implements Validated<T> {
	}

	record Rejected<T>(Problem problem) implements Validated<T> {
	}

	static <T> Validated<T> valid(T value) {
		return new Valid<>(value);
	}

	static <T> Validated<T> rejected(String messageKey, Object... arguments) {
		return new Rejected<>(Problem.of(messageKey, arguments));
	}

	default Optional<T> accepted() {
		return this instanceof Valid<T> valid ? Optional.of(valid.value()) : Optional.empty();
	}

	default Optional<Problem> rejection() {
		return this instanceof Rejected<T> rejected ? Optional.of(rejected.problem()) : Optional.empty();
	}

	default <R> Validated<R> map(Function<T, R> mapping) {
		return this instanceof Valid<T> valid ? new Valid<>(mapping.apply(valid.value()))
				: new Rejected<>(((Rejected<T>) this).problem());
	}

	default <R> Validated<R> flatMap(Function<T, Validated<R>> next) {
		return this instanceof Valid<T> valid ? next.apply(valid.value())
				: new Rejected<>(((Rejected<T>) this).problem());
	}

	/**
	 * The value, or {@code null} after adding the problem to those of a form under the
	 * field it came from.
	 */
	default T collect(String field, List<FieldProblem> problems) {
		if (this instanceof Rejected<T> rejected) {
			problems.add(new FieldProblem(field, rejected.problem()));
			return null;
		}
		return ((Valid<T>) this).value();
	}

	/** The value, or a refusal of the request naming the field. */
	default T orRefuse(String field) {
		if (this instanceof Rejected<T> rejected) {
			throw new Refused(Refusal.Invalid.of(field, rejected.problem()));
		}
		return ((Valid<T>) this).value();
	}

}
