package jp.suishin.collection;

import jp.suishin.notation.Problem;

/** A workflow step that is not possible now, with the reason for the person who tried. */
public class CollectionRefused extends RuntimeException {

	private final Problem problem;

	public CollectionRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.problem = Problem.of(messageKey, arguments);
	}

	public Problem problem() {
		return problem;
	}

}
