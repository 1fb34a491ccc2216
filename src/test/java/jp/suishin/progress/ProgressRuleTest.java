package jp.suishin.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalYear;

import org.junit.jupiter.api.Test;

class ProgressRuleTest {

	private static Target target(String value) {
		return new Target(new BigDecimal(value), FiscalYear.of(2025));
	}

	private static Optional<Actual> confirmed(String value) {
		return Optional.of(new Actual.Confirmed(new BigDecimal(value)));
	}

	@Test
	void cultivatedAreaIsActualOverTarget() {
		Progress progress = ProgressRule.of(Direction.MAINTAIN, target("113600"), confirmed("113500"));
		assertThat(progress.display()).isEqualTo("99.9％");
		assertThat(progress.band()).isEqualTo(ProgressBand.AT_LEAST_80);
	}

	@Test
	void reachingTheTargetIsAchieved() {
		Progress progress = ProgressRule.of(Direction.INCREASE, target("14500"), confirmed("28672"));
		assertThat(progress.display()).isEqualTo("197.7％");
		assertThat(progress.band()).isEqualTo(ProgressBand.ACHIEVED);
	}

	@Test
	void justBelowTheTargetIsNotAchievedEvenWhenItRoundsTo100() {
		Progress progress = ProgressRule.of(Direction.INCREASE, target("10000"), confirmed("9996"));
		assertThat(progress.display()).isEqualTo("100.0％");
		assertThat(progress.band()).isEqualTo(ProgressBand.AT_LEAST_80);
	}

	@Test
	void aDecreasingKpiIsTargetOverActual() {
		Progress progress = ProgressRule.of(Direction.DECREASE, target("80"), confirmed("100"));
		assertThat(progress.display()).isEqualTo("80.0％");
	}

	@Test
	void aPendingValueIsPendingWithoutRate() {
		Progress progress = ProgressRule.of(Direction.INCREASE, target("7468"), Optional.of(new Actual.Pending(7)));
		assertThat(progress).isEqualTo(new Progress.Pending(7));
		assertThat(progress.display()).isEqualTo("－％");
	}

	@Test
	void negativeFiguresHaveNoRatio() {
		Progress progress = ProgressRule.of(Direction.INCREASE, target("-275"), confirmed("-290"));
		assertThat(progress).isEqualTo(new Progress.NotEvaluable(Progress.Reason.NOT_POSITIVE));
	}

	@Test
	void noValueOrNoTargetIsNotEvaluable() {
		assertThat(ProgressRule.of(Direction.INCREASE, target("10"), Optional.empty()))
			.isEqualTo(new Progress.NotEvaluable(Progress.Reason.NO_VALUE));
		assertThat(ProgressRule.of(Direction.INCREASE, null, confirmed("10")))
			.isEqualTo(new Progress.NotEvaluable(Progress.Reason.NO_TARGET));
	}

}
