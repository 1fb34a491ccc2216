package jp.suishin.progress;

import static jp.suishin.progress.EngineFixtures.confirmed;
import static jp.suishin.progress.EngineFixtures.d;
import static jp.suishin.progress.EngineFixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestoneSchemesTest {

	static final FiscalYear FY2024 = FiscalYear.of(2024);

	static final Evaluator MILESTONE = new Evaluator(Schemes.builtIn("milestone"));

	static KpiFigures kpi(String baseline, String target, Map<Integer, String> milestones, Map<Integer, Actual> values,
			BaselineComparison comparison) {
		TreeMap<FiscalYear, Actual> actuals = new TreeMap<>();
		values.forEach((y, a) -> actuals.put(FiscalYear.of(y), a));
		TreeMap<FiscalYear, BigDecimal> marks = new TreeMap<>();
		milestones.forEach((y, m) -> marks.put(FiscalYear.of(y), d(m)));
		return new KpiFigures("k", "", "転出超過数", false, Unit.of("人"), Direction.INCREASE, Aggregation.YEARLY,
				baseline == null ? null : new Baseline(d(baseline), FiscalYear.of(2020)),
				new Target(d(target), FiscalYear.of(2027)), YearlyActuals.of(actuals), marks, comparison);
	}

	@ParameterizedTest
	@CsvSource({ "-850,順調,116.7", "-900,順調,100.0", "-1000,努力を要する,66.7", "-960,おおむね順調,80.0" })
	void theMilestoneSchemeGradesThroughNegativeValues(String actual, String grade, String rate) {
		KpiEvaluation evaluation = MILESTONE
			.evaluate(kpi("-1200", "-500", Map.of(2024, "-900"), Map.of(2024, confirmed(actual)), null), FY2024);
		assertThat(evaluation.grade().code()).isEqualTo(grade);
		assertThat(evaluation.progressRateOneDecimal()).hasToString(rate);
		assertThat(evaluation.methodCode()).isEqualTo("milestone-improvement");
		assertThat(evaluation.milestone().value()).isEqualByComparingTo("-900");
	}

	@Test
	void milestoneRatio_isActualOverMilestone_andMilestoneOverActualForDecrease() {
		assertThat(Measures.oneDecimal(Measures.ratio(d("90"), d("100"), Direction.INCREASE).orElseThrow()))
			.hasToString("90.0");
		Facts decrease = new Facts(
				new KpiFigures("k", "", "被害額", false, Unit.of("千円"), Direction.DECREASE, Aggregation.YEARLY,
						new Baseline(d("1000"), FiscalYear.of(2020)), new Target(d("500"), FiscalYear.of(2027)),
						YearlyActuals.none(), new TreeMap<>(Map.of(FY2024, d("800"))), null),
				FY2024, d("1000"), false);
		assertThat(Measures.oneDecimal(decrease.measure(Measure.MILESTONE_RATIO).orElseThrow())).hasToString("80.0");
	}

	@Test
	void aYearWithoutMilestone_hasNone_unlessTheSchemeInterpolates() {
		KpiFigures noMilestone = kpi("-1200", "-500", Map.of(), Map.of(2024, confirmed("-900")), null);
		assertThat(MILESTONE.evaluate(noMilestone, FY2024).grade().code()).isEqualTo("none");
		EvaluationScheme interpolating = SchemeReader.read(new ByteArrayInputStream("""
				name: interpolating
				progressRate: milestone-ratio
				interpolateMilestones: true
				grades:
				  - { label: 順調, when: { milestoneReached: true } }
				  - { label: 遅れ, when: { otherwise: true } }
				""".getBytes(StandardCharsets.UTF_8)), "interpolating.yaml");
		KpiFigures positive = new KpiFigures("k", "", "参加者数", false, Unit.of("人"), Direction.INCREASE,
				Aggregation.YEARLY, new Baseline(d("100"), FiscalYear.of(2020)),
				new Target(d("200"), FiscalYear.of(2030)), YearlyActuals.of(Map.of(FY2024, confirmed("150"))));
		KpiEvaluation evaluation = new Evaluator(interpolating).evaluate(positive, FY2024);
		assertThat(evaluation.milestone().value()).isEqualByComparingTo("140");
		assertThat(evaluation.milestone().source()).isEqualTo(Milestone.Source.INTERPOLATED);
		assertThat(evaluation.methodCode()).isEqualTo("milestone-ratio");
		assertThat(evaluation.grade().code()).isEqualTo("順調");
	}

	@Test
	void latestAvailable_gradesALaggingStatisticOnItsLatestConfirmedValueAgainstThatYearsMilestone() {
		KpiFigures lagging = kpi("-1200", "-500", Map.of(2022, "-1000", 2024, "-900"),
				Map.of(2021, confirmed("-1100"), 2022, confirmed("-980")), null);
		KpiEvaluation evaluation = MILESTONE.evaluate(lagging, FY2024);
		assertThat(evaluation.actualYear()).isEqualTo(FiscalYear.of(2022));
		assertThat(evaluation.milestone().year()).isEqualTo(FiscalYear.of(2022));
		assertThat(evaluation.grade().code()).isEqualTo("順調");
		assertThat(new Evaluator(Schemes.builtIn("ratio")).evaluate(lagging, FY2024).grade().code()).isEqualTo("none");
	}

	@Test
	void latestAvailable_neverReplacesAPendingValue() {
		KpiFigures pendingNow = kpi("-1200", "-500", Map.of(2023, "-950", 2024, "-900"),
				Map.of(2023, confirmed("-940"), 2024, pending()), null);
		KpiEvaluation evaluation = MILESTONE.evaluate(pendingNow, FY2024);
		assertThat(evaluation.grade()).isInstanceOf(Grade.Pending.class);
		assertThat(evaluation.actualYear()).isEqualTo(FY2024);
	}

	@Test
	void theAchievedScheme_isOnlyAFile() {
		EvaluationScheme achieved = Schemes.resolve("docs/schemes/achieved.yaml");
		Evaluator evaluator = new Evaluator(achieved);
		assertThat(evaluator.evaluate(kpi("-1200", "-500", Map.of(), Map.of(2024, confirmed("-450")), null), FY2024)
			.grade()
			.code()).isEqualTo("達成");
		assertThat(evaluator.evaluate(kpi("-1200", "-500", Map.of(), Map.of(2024, confirmed("-600")), null), FY2024)
			.grade()
			.code()).isEqualTo("未達成");
	}

	@ParameterizedTest
	@CsvSource({ "-1100,○", "-1205,△", "-1195,△", "-1300,×" })
	void theImprovedScheme_isOnlyAFile_withItsToleranceInTheFile(String actual, String grade) {
		Evaluator evaluator = new Evaluator(Schemes.resolve("docs/schemes/improved.yaml"));
		assertThat(evaluator.evaluate(kpi("-1200", "-500", Map.of(), Map.of(2024, confirmed(actual)), null), FY2024)
			.grade()
			.code()).isEqualTo(grade);
	}

	@Test
	void aBaselineRevisionThatChangesTheGrade_isReportedWithBothGrades() {
		KpiFigures revised = new KpiFigures("k", "", "就業者数", false, Unit.of("人"), Direction.INCREASE,
				Aggregation.YEARLY, new Baseline(d("130"), FiscalYear.of(2020)),
				new Target(d("200"), FiscalYear.of(2027)), YearlyActuals.of(Map.of(FY2024, confirmed("120"))),
				new TreeMap<>(), new BaselineComparison(new Baseline(d("100"), FiscalYear.of(2020)), false, "遡及改定"));
		KpiEvaluation evaluation = new Evaluator(Schemes.builtIn("sabc")).evaluate(revised, FY2024);
		assertThat(evaluation.grade().code()).isEqualTo("B");
		assertThat(evaluation.comparisonGrade().code()).isEqualTo("A");
		KpiFigures same = new KpiFigures("k", "", "就業者数", false, Unit.of("人"), Direction.INCREASE, Aggregation.YEARLY,
				new Baseline(d("130"), FiscalYear.of(2020)), new Target(d("200"), FiscalYear.of(2027)),
				YearlyActuals.of(Map.of(FY2024, confirmed("150"))), new TreeMap<>(),
				new BaselineComparison(new Baseline(d("100"), FiscalYear.of(2020)), false, "遡及改定"));
		assertThat(new Evaluator(Schemes.builtIn("sabc")).evaluate(same, FY2024).comparisonGrade()).isNull();
	}

	@Test
	void latestAvailable_stopsAtAMoreRecentPendingYear() {
		KpiFigures pendingBefore = kpi("-1200", "-500", Map.of(2022, "-1000", 2023, "-950"),
				Map.of(2022, confirmed("-980"), 2023, pending()), null);
		KpiEvaluation evaluation = MILESTONE.evaluate(pendingBefore, FY2024);
		assertThat(evaluation.grade()).isInstanceOf(Grade.Pending.class);
		assertThat(evaluation.actualYear()).isEqualTo(FiscalYear.of(2023));
		assertThat(evaluation.milestone().value()).isEqualByComparingTo("-950");
	}

	@Test
	void aMaintainKpiWhoseMilestoneIsItsBaseline_isGradedOnTheMilestoneRatio() {
		KpiFigures area = new KpiFigures("k", "", "耕作面積の維持", false, Unit.of("ha"), Direction.MAINTAIN,
				Aggregation.STOCK, new Baseline(d("113600"), FiscalYear.of(2020)),
				new Target(d("113600"), FiscalYear.of(2025)), YearlyActuals.of(Map.of(FY2024, confirmed("113500"))),
				new TreeMap<>(Map.of(FY2024, d("113600"))), null);
		KpiEvaluation evaluation = MILESTONE.evaluate(area, FY2024);
		assertThat(evaluation.progressRateOneDecimal()).hasToString("99.9");
		assertThat(evaluation.grade().code()).isEqualTo("おおむね順調");
	}

}
