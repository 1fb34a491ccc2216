package jp.suishin.progress;

import static jp.suishin.progress.EngineFixtures.confirmed;
import static jp.suishin.progress.EngineFixtures.kpi;
import static jp.suishin.progress.EngineFixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;

import org.junit.jupiter.api.Test;

class EvaluatorTest {

	static final Evaluator RATIO = new Evaluator(Schemes.builtIn("ratio"));

	@Test
	void aCumulativeKpi_isEvaluatedOnTheSumSinceTheBaselineYear() {
		KpiFigures visitors = kpi("延べ参加者数", "人", Direction.INCREASE, Aggregation.CUMULATIVE, "0", 2020, "500", 2025,
				Map.of(2021, confirmed("100"), 2022, confirmed("120"), 2023, confirmed("130")));
		KpiEvaluation evaluation = RATIO.evaluate(visitors, FiscalYear.of(2023));
		assertThat(evaluation.amount()).isEqualByComparingTo("350");
		assertThat(evaluation.progressRateOneDecimal()).hasToString("70.0");
	}

	@Test
	void aCumulativeKpiWithAPendingYear_isPending() {
		KpiFigures visitors = kpi("延べ参加者数", "人", Direction.INCREASE, Aggregation.CUMULATIVE, "0", 2020, "500", 2025,
				Map.of(2021, confirmed("100"), 2022, pending(), 2023, confirmed("130")));
		assertThat(RATIO.evaluate(visitors, FiscalYear.of(2023)).status()).isEqualTo(EvaluationStatus.PENDING);
	}

	@Test
	void theReportYearsPendingValue_makesTheKpiPending_evenWithAnEarlierValue() {
		KpiFigures kpi = kpi("k", "千人", Direction.INCREASE, Aggregation.YEARLY, "7250", 2020, "7468", 2025,
				Map.of(2023, confirmed("16215"), 2024, pending()));
		KpiEvaluation evaluation = RATIO.evaluate(kpi, FiscalYear.of(2024));
		assertThat(evaluation.grade()).isInstanceOf(Grade.Pending.class);
		assertThat(evaluation.progressDisplay()).isEqualTo("－％");
	}

	@Test
	void aTargetBelowItsBaselineForAnIncreasingKpi_isFlagged() {
		KpiFigures healthyLife = kpi("健康寿命（男性）", "歳", Direction.INCREASE, Aggregation.YEARLY, "79.56", null, "79.21",
				2027, Map.of());
		Evaluation evaluation = RATIO.evaluate(FiscalYear.of(2024), List.of(healthyLife), FiscalPeriod.of(2020, 2027),
				List.of());
		assertThat(evaluation.lint()).extracting(LintFinding::kind).containsExactly(LintFinding.Kind.TARGET_WRONG_SIDE);
		assertThat(evaluation.lint().get(0).message()).contains("79.56歳", "79.21歳", "増加");
		assertThat(evaluation.analysis()).contains("健康寿命（男性）");
	}

	@Test
	void aTargetYearOutsideThePlan_andAMissingBaselineForSabc_areFlagged() {
		KpiFigures late = kpi("k", "人", Direction.INCREASE, Aggregation.YEARLY, null, null, "10", 2030, Map.of());
		Evaluation evaluation = new Evaluator(Schemes.builtIn("sabc")).evaluate(FiscalYear.of(2024), List.of(late),
				FiscalPeriod.of(2020, 2027), List.of());
		assertThat(evaluation.lint()).extracting(LintFinding::kind)
			.containsExactlyInAnyOrder(LintFinding.Kind.TARGET_YEAR_OUTSIDE_PERIOD, LintFinding.Kind.MISSING_BASELINE);
	}

	@Test
	void theForecast_projectsTheLinearTrend() {
		KpiFigures rising = kpi("k", "人", Direction.INCREASE, Aggregation.YEARLY, "100", 2020, "200", 2025,
				Map.of(2021, confirmed("120"), 2022, confirmed("140"), 2023, confirmed("160")));
		Forecast forecast = RATIO.evaluate(rising, FiscalYear.of(2023)).forecast();
		assertThat(forecast.linear()).isEqualByComparingTo("200");
		assertThat(forecast.outlook()).isEqualTo(Outlook.ON_TRACK);
		assertThat(forecast.compound()).isNotNull();
		KpiFigures flat = kpi("k", "人", Direction.INCREASE, Aggregation.YEARLY, "100", 2020, "200", 2025,
				Map.of(2021, confirmed("120"), 2022, confirmed("120")));
		assertThat(RATIO.evaluate(flat, FiscalYear.of(2022)).forecast().outlook()).isEqualTo(Outlook.UNLIKELY);
	}

	@Test
	void theForecastNeedsTwoValues() {
		KpiFigures one = kpi("k", "人", Direction.INCREASE, Aggregation.YEARLY, "100", 2020, "200", 2025,
				Map.of(2021, confirmed("120")));
		assertThat(RATIO.evaluate(one, FiscalYear.of(2021)).forecast().outlook()).isEqualTo(Outlook.UNKNOWN);
	}

	@Test
	void aCumulativeKpiWithAGap_isMissing_andTheLintSaysWhichYear() {
		KpiFigures visitors = kpi("延べ参加者数", "人", Direction.INCREASE, Aggregation.CUMULATIVE, "0", 2020, "500", 2025,
				Map.of(2022, confirmed("120"), 2023, confirmed("130")));
		Evaluation evaluation = RATIO.evaluate(FiscalYear.of(2023), List.of(visitors), null, List.of());
		assertThat(evaluation.rows().get(0).status()).isEqualTo(EvaluationStatus.MISSING);
		assertThat(evaluation.lint()).extracting(LintFinding::kind)
			.containsExactly(LintFinding.Kind.CUMULATIVE_YEAR_MISSING);
		assertThat(evaluation.lint().get(0).message()).contains("R3");
	}

}
