package jp.suishin.refusal;

import java.util.List;

/**
 * Why a request was not carried out. The closed set of cases that pages map to one error
 * page and the API to one RFC 9457 problem, whatever use case refused.
 */
public sealed interface Refusal {

	/**
	 * Nothing of that id, or nothing of that id the viewer may see: the two answer alike,
	 * so that guessing ids tells nothing.
	 *
	 * @param what for the log, never shown
	 */
	record NotFound(String what) implements Refusal {
	}

	/**
	 * The viewer may see the thing but not do this with it.
	 *
	 * @param what for the log, never shown
	 */
	record Forbidden(String what) implements Refusal {
	}

	/**
	 * Not possible in the state the thing is in now (locked, already approved, changed).
	 */
	record Conflict(Problem problem) implements Refusal {
	}

	/** What was sent cannot be accepted: the problems, each naming its field. */
	record Invalid(List<FieldProblem> problems) implements Refusal {

		public Invalid {
			if (problems.isEmpty()) {
				throw new IllegalArgumentException("an invalid request names at least one problem");
			}
			problems = List.copyOf(problems);
		}

		public static Invalid of(String field, Problem problem) {
			return new Invalid(List.of(new FieldProblem(field, problem)));
		}

	}

}
