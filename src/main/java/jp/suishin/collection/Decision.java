package jp.suishin.collection;

import jp.suishin.access.AccessDenied;
import jp.suishin.refusal.Problem;

/**
 * What the collection answers when asked whether a step may be taken now: allowed, or
 * refused with the reason and the kind of refusal, which each channel maps once (a 403,
 * or a 409 with the reason). What a request says (a comment, a reason) is checked by its
 * value object before the collection is asked.
 */
public sealed interface Decision {

	/** The step may be taken. */
	record Allowed() implements Decision {
	}

	/**
	 * The step may not be taken, and why.
	 *
	 * @param problem for {@link Kind#CONFLICT} the reason shown to the one who tried; for
	 * {@link Kind#FORBIDDEN} the 403 text, with what was tried (for the log, never shown)
	 * as its argument
	 */
	record Refused(Kind kind, Problem problem) implements Decision {
	}

	/** Why a step is refused. */
	enum Kind {

		/** The viewer takes no part in this step. */
		FORBIDDEN,

		/** Not possible in the state the collection or the item is in now. */
		CONFLICT

	}

	Decision ALLOWED = new Allowed();

	static Decision forbidden(String what) {
		return new Refused(Kind.FORBIDDEN, Problem.of("error.403.detail", what));
	}

	static Decision conflict(String messageKey, Object... arguments) {
		return new Refused(Kind.CONFLICT, Problem.of(messageKey, arguments));
	}

	default boolean allowed() {
		return this instanceof Allowed;
	}

	/**
	 * Goes on when allowed; otherwise ends the request with the refusal the channels map
	 * (a forbidden step as {@link AccessDenied}, a conflict as
	 * {@link CollectionRefused}).
	 */
	default void orRefuse() {
		if (this instanceof Refused refused) {
			if (refused.kind() == Kind.FORBIDDEN) {
				throw new AccessDenied(String.valueOf(refused.problem().arguments().get(0)));
			}
			throw new CollectionRefused(refused.problem());
		}
	}

}
