package jp.suishin.logicmodel;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a logic model, from left to right, with the codes
 * {@link jp.suishin.document.YearReview.LogicElement#stage()} and the API use.
 */
public enum LogicStage {

	/** インプット: what goes in (money, staff time, facilities). */
	INPUT("input"),
	/** 活動: what the program does. */
	ACTIVITY("activity"),
	/** アウトプット: what the activities produce (counts of events, participants). */
	OUTPUT("output"),
	/** 短期アウトカム: the change soon after. */
	SHORT_TERM("short-term"),
	/** 中期アウトカム. */
	MEDIUM_TERM("medium-term"),
	/** 長期アウトカム: the change the plan aims at. */
	LONG_TERM("long-term");

	private final String code;

	LogicStage(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The stage of a code ({@code short-term}), as written, or empty. */
	public static Optional<LogicStage> parse(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String written = code.strip();
		return Arrays.stream(values()).filter(s -> s.code.equals(written)).findFirst();
	}

}
