package jp.suishin.progress;

/** The outcome of grading one KPI. */
public sealed interface Grade {

	/** The label as a report prints it. */
	String label();

	/**
	 * The label in the evaluate contract: the scheme's label, or {@code pending} /
	 * {@code none}.
	 */
	String code();

	/** A rule of the scheme matched. */
	record Graded(String label) implements Grade {

		@Override
		public String code() {
			return label;
		}

	}

	/** The year's value is 集計中: never graded. */
	record Pending(String label) implements Grade {

		@Override
		public String code() {
			return "pending";
		}

	}

	/** No value, no target, or a baseline needed and absent. */
	record None(String label) implements Grade {

		@Override
		public String code() {
			return "none";
		}

	}

}
