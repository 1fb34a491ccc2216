package jp.suishin.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import org.junit.jupiter.api.Test;

/** One display rule for milestones, whichever channel shows them. */
class MilestoneShownTest {

	static KpiFigures kpi() {
		return new KpiFigures("k", "p", "移住者数", false, Unit.of("人"), Direction.INCREASE, Aggregation.YEARLY,
				new Baseline(BigDecimal.ZERO, FiscalYear.of(2020)),
				new Target(BigDecimal.valueOf(100), FiscalYear.of(2023)), YearlyActuals.none());
	}

	@Test
	void anInterpolatedMilestone_isShownHalfUpToOneDecimal_andGradedUnrounded() {
		Milestone milestone = Milestone.of(kpi(), FiscalYear.of(2021), true);
		assertThat(milestone.source()).isEqualTo(Milestone.Source.INTERPOLATED);
		assertThat(milestone.shown()).isEqualByComparingTo("33.3").hasScaleOf(1);
		assertThat(milestone.value().scale()).isGreaterThan(1);
		assertThat(Milestone.of(kpi(), FiscalYear.of(2022), true).shown()).isEqualByComparingTo("66.7");
	}

	@Test
	void aMilestoneThePlanSets_isShownAsSet() {
		Milestone target = Milestone.of(kpi(), FiscalYear.of(2023), true);
		assertThat(target.source()).isEqualTo(Milestone.Source.TARGET);
		assertThat(target.shown()).isEqualTo(BigDecimal.valueOf(100));
	}

}
