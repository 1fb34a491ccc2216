package jp.suishin.calendar;

import java.util.Locale;

/** The steps of a data year, in the order the year runs through them. */
public enum StepKind {

	/** 実績値の収集締切: the year's collection deadline; done when the collection is locked. */
	COLLECTION_DEADLINE,

	/** 内部評価: the departments' and the division's own evaluation. */
	INTERNAL_EVALUATION,

	/** 外部有識者会議: an expert meeting (効果検証); a year may hold several. */
	EXPERT_MEETING,

	/** 方針決定: the decision on next year's course. */
	DECISION,

	/** 公表: the year's report published; done when an edition of the year exists. */
	PUBLICATION;

	/** Whether a planner marks it done (the others are done by what the app records). */
	public boolean markedByHand() {
		return this == INTERNAL_EVALUATION || this == EXPERT_MEETING || this == DECISION;
	}

	/** Whether a year may hold more than one step of the kind. */
	public boolean repeatable() {
		return this == EXPERT_MEETING;
	}

	/** The field of the dates form and of the API that sets the kind's date. */
	public String field() {
		return switch (this) {
			case COLLECTION_DEADLINE -> "collectionDeadline";
			case INTERNAL_EVALUATION -> "internalEvaluation";
			case EXPERT_MEETING -> "meetingDate";
			case DECISION -> "decision";
			case PUBLICATION -> "publication";
		};
	}

	public String messageKey() {
		return "calendar.step." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
