package jp.suishin.kpi;

import java.util.List;

import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;

/** What became of a value entry. */
public sealed interface RecordingOutcome {

	/** The value was stored. */
	record Recorded(YearlyValue value) implements RecordingOutcome {
	}

	/** The entry said 「－」: the year's value was removed. */
	record Removed() implements RecordingOutcome {
	}

	/** Why an entry was not stored. */
	enum Kind {

		/** What was entered cannot be stored as written. */
		INVALID,

		/**
		 * The value cannot change now: it is fixed, or somebody else changed it in the
		 * meantime.
		 */
		CONFLICT

	}

	/** Nothing was stored; each problem names its field. */
	record Rejected(List<FieldProblem> problems, Kind kind) implements RecordingOutcome {

		public Rejected {
			if (problems.isEmpty()) {
				throw new IllegalArgumentException("a rejection names at least one problem");
			}
			problems = List.copyOf(problems);
		}

		/** What was entered cannot be stored as written. */
		public Rejected(List<FieldProblem> problems) {
			this(problems, Kind.INVALID);
		}

		/** The rejection as a refusal of the request, for channels that end there. */
		public Refusal refusal() {
			return kind == Kind.CONFLICT ? new Refusal.Conflict(problems.get(0).problem())
					: new Refusal.Invalid(problems);
		}

	}

}
