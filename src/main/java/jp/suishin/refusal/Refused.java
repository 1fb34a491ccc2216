package jp.suishin.refusal;

import java.util.List;

/**
 * Carries a {@link Refusal} out of a use case to the one place per channel that answers
 * it (the page advice, the API advice). Use cases that already return outcomes as values
 * keep doing so; this is for refusals that end a request.
 */
public class Refused extends RuntimeException {

	private final transient Refusal refusal;

	public Refused(Refusal refusal) {
		super(describe(refusal));
		this.refusal = refusal;
	}

	public Refusal refusal() {
		return refusal;
	}

	public static Refused notFound(String what) {
		return new Refused(new Refusal.NotFound(what));
	}

	public static Refused forbidden(String what) {
		return new Refused(new Refusal.Forbidden(what));
	}

	public static Refused conflict(String messageKey, Object... arguments) {
		return new Refused(new Refusal.Conflict(Problem.of(messageKey, arguments)));
	}

	public static Refused invalid(String field, String messageKey, Object... arguments) {
		return new Refused(Refusal.Invalid.of(field, Problem.of(messageKey, arguments)));
	}

	public static Refused invalid(List<FieldProblem> problems) {
		return new Refused(new Refusal.Invalid(problems));
	}

	private static String describe(Refusal refusal) {
		if (refusal instanceof Refusal.NotFound notFound) {
			return "not found: " + notFound.what();
		}
		if (refusal instanceof Refusal.Forbidden forbidden) {
			return "forbidden: " + forbidden.what();
		}
		if (refusal instanceof Refusal.Conflict conflict) {
			return conflict.problem().messageKey();
		}
		return "invalid: " + ((Refusal.Invalid) refusal).problems()
			.stream()
			.map(p -> p.field() + "=" + p.problem().messageKey())
			.toList();
	}

}
