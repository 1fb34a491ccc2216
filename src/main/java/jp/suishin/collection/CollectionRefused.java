package jp.suishin.collection;

import jp.suishin.refusal.Problem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

/** A workflow step that is not possible now, with the reason for the person who tried. */
public class CollectionRefused extends Refused {

	public CollectionRefused(String messageKey, Object... arguments) {
		super(new Refusal.Conflict(Problem.of(messageKey, arguments)));
	}

	public CollectionRefused(Problem problem) {
		super(new Refusal.Conflict(problem));
	}

	public Problem problem() {
		return ((Refusal.Conflict) refusal()).problem();
	}

}
