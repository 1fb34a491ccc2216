package jp.suishin.kpi;

import jp.suishin.refusal.FieldProblem;
import java.util.List;

/** What became of a value entry. */
public sealed interface RecordingOutcome {

	/** The value was stored. */
	record Recorded(YearlyValue value) implements RecordingOutcome {
	}

	/** The entry said 「－」: the year's value was removed. */
	record Removed() implements RecordingOutcome {
	}

	/** Nothing was stored; each problem names its field. */
	record Rejected(List<FieldProblem> problems) implements RecordingOutcome {

		public Rejected {
			problems = List.copyOf(problems);
		}

	}

}
