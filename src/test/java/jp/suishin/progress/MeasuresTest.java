package jp.suishin.progress;

import static jp.suishin.progress.EngineFixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;
import jp.suishin.notation.FiscalYear;

import org.junit.jupiter.api.Test;

class MeasuresTest {

	static String oneDecimal(Optional<BigDecimal> value) {
		return Measures.oneDecimal(value.orElseThrow()).toPlainString();
	}

	@Test
	void ratio_isActualOverTarget_asTheSeedsCompute() {
		assertThat(oneDecimal(Measures.ratio(d("113500"), d("113600"), Direction.MAINTAIN))).isEqualTo("99.9");
		assertThat(oneDecimal(Measures.ratio(d("53.0"), d("63.9"), Direction.INCREASE))).isEqualTo("82.9");
		assertThat(oneDecimal(Measures.ratio(d("28672"), d("14500"), Direction.INCREASE))).isEqualTo("197.7");
		assertThat(oneDecimal(Measures.ratio(d("20"), d("22"), Direction.INCREASE))).isEqualTo("90.9");
	}

	@Test
	void ratio_isTargetOverActualForADecreasingKpi() {
		assertThat(oneDecimal(Measures.ratio(d("125"), d("100"), Direction.DECREASE))).isEqualTo("80.0");
	}

	@Test
	void ratio_isUndefinedForZeroOrNegativeFigures() {
		assertThat(Measures.ratio(d("-290"), d("-275"), Direction.INCREASE)).isEmpty();
		assertThat(Measures.ratio(d("0"), d("10"), Direction.INCREASE)).isEmpty();
	}

	@Test
	void improvement_worksThroughNegativeNumbers() {
		assertThat(oneDecimal(Measures.improvement(d("-290"), d("-312"), d("-275")))).isEqualTo("59.5");
	}

	@Test
	void improvement_isUndefinedWithoutBaselineOrWhenTargetEqualsBaseline() {
		assertThat(Measures.improvement(d("5"), null, d("10"))).isEmpty();
		assertThat(Measures.improvement(d("5"), d("10"), d("10"))).isEmpty();
	}

	@Test
	void pace_comparesWithTheShareOfTheWayExpectedByThisYear() {
		// baseline 100 (2020), target 200 (2025): in 2022 the plan expects 40% of the
		// way, i.e. 140
		assertThat(oneDecimal(Measures.pace(FiscalYear.of(2022), d("140"), d("100"), FiscalYear.of(2020), d("200"),
				FiscalYear.of(2025), Direction.INCREASE, Aggregation.YEARLY)))
			.isEqualTo("100.0");
		assertThat(oneDecimal(Measures.pace(FiscalYear.of(2022), d("120"), d("100"), FiscalYear.of(2020), d("200"),
				FiscalYear.of(2025), Direction.INCREASE, Aggregation.YEARLY)))
			.isEqualTo("50.0");
	}

	@Test
	void pace_ofACumulativeKpiStartsFromZero() {
		// cumulative target 500 over 2021-2025 (baseline year 2020): by 2022, 200 is on
		// pace
		assertThat(oneDecimal(Measures.pace(FiscalYear.of(2022), d("200"), d("80"), FiscalYear.of(2020), d("500"),
				FiscalYear.of(2025), Direction.INCREASE, Aggregation.CUMULATIVE)))
			.isEqualTo("100.0");
	}

	@Test
	void pace_ofAMaintainKpiIsTheRatio() {
		assertThat(oneDecimal(Measures.pace(FiscalYear.of(2024), d("113500"), d("113600"), FiscalYear.of(2020),
				d("113600"), FiscalYear.of(2025), Direction.MAINTAIN, Aggregation.STOCK)))
			.isEqualTo("99.9");
	}

	@Test
	void pace_needsABaselineYearBeforeTheYear() {
		assertThat(Measures.pace(FiscalYear.of(2024), d("1"), d("1"), null, d("2"), FiscalYear.of(2025),
				Direction.INCREASE, Aggregation.YEARLY))
			.isEmpty();
	}

}
