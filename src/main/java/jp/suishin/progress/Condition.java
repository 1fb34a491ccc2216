package jp.suishin.progress;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One test in a grade rule. A test that cannot be decided (its measure is undefined, or
 * it needs a baseline the KPI does not have) makes its rule not apply, so the next rule
 * is tried.
 */
public sealed interface Condition {

	/** Empty when the condition cannot be decided for these facts. */
	Optional<Boolean> test(Facts facts);

	/** {@code measure: ratio, atLeast: 80}. */
	record AtLeast(Measure measure, BigDecimal threshold) implements Condition {

		@Override
		public Optional<Boolean> test(Facts facts) {
			return facts.compare(measure, threshold).map(sign -> sign >= 0);
		}

	}

	/** {@code measure: ratio, below: 80}. */
	record Below(Measure measure, BigDecimal threshold) implements Condition {

		@Override
		public Optional<Boolean> test(Facts facts) {
			return facts.compare(measure, threshold).map(sign -> sign < 0);
		}

	}

	/**
	 * {@code targetReached: true}: at or beyond the target (at or below it for a
	 * decreasing KPI).
	 */
	record TargetReached() implements Condition {

		@Override
		public Optional<Boolean> test(Facts facts) {
			return facts.targetReached();
		}

	}

	/**
	 * {@code milestoneReached: true}: at or beyond the year's milestone (at or below it
	 * for a decreasing KPI).
	 */
	record MilestoneReached() implements Condition {

		@Override
		public Optional<Boolean> test(Facts facts) {
			return facts.milestoneReached();
		}

	}

	/**
	 * {@code betterThanBaseline: true}: strictly better than the baseline in the KPI's
	 * direction.
	 */
	record BetterThanBaseline() implements Condition {

		@Override
		public Optional<Boolean> test(Facts facts) {
			return facts.betterThanBaseline();
		}

	}

	/**
	 * {@code withinPercentOfBaseline: 10}: no farther from the baseline than this share
	 * of its size.
	 */
	record WithinPercentOfBaseline(BigDecimal percent) implements Condition {

		@Override
		public Optional<Boolean> test(Facts facts) {
			return facts.compareDistanceFromBaseline(percent).map(sign -> sign <= 0);
		}

	}

	/** {@code hasBaseline: true}: the rule needs a baseline and nothing more. */
	record HasBaseline() implements Condition {

		@Override
		public Optional<Boolean> test(Facts facts) {
			return facts.hasBaseline() ? Optional.of(true) : Optional.empty();
		}

	}

	/** {@code otherwise: true}: always applies. */
	record Otherwise() implements Condition {

		@Override
		public Optional<Boolean> test(Facts facts) {
			return Optional.of(true);
		}

	}

}
