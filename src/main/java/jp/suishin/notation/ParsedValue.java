package jp.suishin.notation;

import jp.suishin.refusal.Problem;

import java.math.BigDecimal;

/** What a written value turned out to be. */
public sealed interface ParsedValue {

	/**
	 * A number, converted to the KPI's unit.
	 *
	 * @param approximate written with 約 (about), which is shown back as written
	 */
	record Amount(BigDecimal amount, boolean approximate) implements ParsedValue {

		public Amount(BigDecimal amount) {
			this(amount, false);
		}

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
