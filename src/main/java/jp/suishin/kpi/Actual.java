package jp.suishin.kpi;

import java.math.BigDecimal;
import java.util.Optional;

import jp.suishin.notation.PreliminaryMark;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;

/** 実績値: what is known of a KPI for a fiscal year. A year without any is simply absent. */
public sealed interface Actual {

	ValueStatus status();

	/** The amount, when there is one (not while pending). */
	Optional<BigDecimal> amount();

	/** The value as a report prints it: {@code 113,500ha}, {@code 集計中（7月頃）}. */
	String display(Unit unit);

	/**
	 * As a table writes it: {@link #display(Unit)}, with （速報） after a preliminary figure.
	 */
	default String written(Unit unit) {
		return this instanceof Preliminary ? PreliminaryMark.mark(display(unit)) : display(unit);
	}

	/** A figure that is known, final or not. */
	sealed interface Measured extends Actual {

		BigDecimal value();

		/** Written with 約 (about); shown back that way. */
		boolean approximate();

		@Override
		default Optional<BigDecimal> amount() {
			return Optional.of(value());
		}

		@Override
		default String display(Unit unit) {
			return (approximate() ? "約" : "") + QuantityFormat.format(value(), unit);
		}

	}

	/** 確定: the final figure. */
	record Confirmed(BigDecimal value, boolean approximate) implements Measured {

		public Confirmed(BigDecimal value) {
			this(value, false);
		}

		@Override
		public ValueStatus status() {
			return ValueStatus.CONFIRMED;
		}

	}

	/** 速報: a preliminary figure that may still change. */
	record Preliminary(BigDecimal value, boolean approximate) implements Measured {

		public Preliminary(BigDecimal value) {
			this(value, false);
		}

		@Override
		public ValueStatus status() {
			return ValueStatus.PRELIMINARY;
		}

	}

	/** 集計中: not yet known; expected around a month, if one was given. */
	record Pending(Integer expectedMonth) implements Actual {

		@Override
		public ValueStatus status() {
			return ValueStatus.PENDING;
		}

		@Override
		public Optional<BigDecimal> amount() {
			return Optional.empty();
		}

		@Override
		public String display(Unit unit) {
			return QuantityFormat.pending(expectedMonth);
		}

	}

}
