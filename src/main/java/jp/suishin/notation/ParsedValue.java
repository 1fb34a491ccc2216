package jp.suishin.notation;

import java.math.BigDecimal;

/** What a written value turned out to be. */
public sealed interface ParsedValue {

	/** A number, converted to the KPI's unit. */
	record Amount(BigDecimal amount) implements ParsedValue {
	}

	/**
	 * 集計中, with the month the figure is expected in when it was written
	 * ({@code 集計中（7月頃）}).
	 */
	record Pending(Integer expectedMonth) implements ParsedValue {
	}

	/** 「－」 or nothing at all: the document has no value here. */
	record Blank() implements ParsedValue {
	}

	/** Not readable; the problem names what was written. */
	record Invalid(Problem problem) implements ParsedValue {
	}

}
