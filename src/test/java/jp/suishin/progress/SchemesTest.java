package jp.suishin.progress;

import static jp.suishin.progress.EngineFixtures.confirmed;
import static jp.suishin.progress.EngineFixtures.kpi;
import static jp.suishin.progress.EngineFixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;
import jp.suishin.notation.FiscalYear;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemesTest {

	static final FiscalYear FY2024 = FiscalYear.of(2024);

	static String grade(String scheme, KpiFigures kpi) {
		return new Evaluator(Schemes.resolve(scheme)).evaluate(kpi, FY2024).grade().code();
	}

	static KpiFigures increasing(String baseline, String target, String actual) {
		return kpi("k", "人", Direction.INCREASE, Aggregation.YEARLY, baseline, 2020, target, 2025,
				Map.of(2024, confirmed(actual)));
	}

	@ParameterizedTest
	@CsvSource({ "ratio,100,達成", "ratio,99.9,80%以上", "ratio,80,80%以上", "ratio,79.9,80%未満", "three-level,100,順調",
			"three-level,85,おおむね順調", "three-level,50,努力を要する" })
	void ratioSchemes_gradeOnActualOverTarget(String scheme, String actual, String expected) {
		assertThat(grade(scheme, increasing("10", "100", actual))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "100,200,200,S", "100,200,150,A", "100,200,95,B", "100,200,89,C", "-312,-275,-290,A",
			"-312,-275,-340,B", "-312,-275,-350,C" })
	void sabc_gradesAgainstBaselineAndTarget(String baseline, String target, String actual, String expected) {
		assertThat(grade("sabc", increasing(baseline, target, actual))).isEqualTo(expected);
	}

	@Test
	void sabc_forADecreasingKpi_reachingMeansAtOrBelow() {
		KpiFigures damage = kpi("被害額", "千円", Direction.DECREASE, Aggregation.YEARLY, "1000", 2020, "800", 2025,
				Map.of(2024, confirmed("790")));
		assertThat(grade("sabc", damage)).isEqualTo("S");
	}

	@Test
	void sabc_withoutBaseline_givesOnlySOrNone() {
		assertThat(grade("sabc", increasing(null, "100", "120"))).isEqualTo("S");
		assertThat(grade("sabc", increasing(null, "100", "90"))).isEqualTo("none");
	}

	@ParameterizedTest
	@CsvSource({ "180,着実", "150,概ね", "140,要改善" })
	void timeProportional_gradesOnPace(String actual, String expected) {
		// baseline 100 (FY2020) → target 200 (FY2025): by FY2024 the plan expects 4/5 of
		// the way, i.e. 180
		assertThat(grade("time-proportional", increasing("100", "200", actual))).isEqualTo(expected);
	}

	@Test
	void timeProportional_withoutBaseline_isNone() {
		assertThat(grade("time-proportional", increasing(null, "200", "150"))).isEqualTo("none");
	}

	@Test
	void aPendingValue_isNeverGraded() {
		KpiFigures kpi = kpi("k", "人", Direction.INCREASE, Aggregation.YEARLY, "1", 2020, "2", 2025,
				Map.of(2023, confirmed("5"), 2024, pending()));
		for (String scheme : Schemes.BUILT_IN) {
			assertThat(grade(scheme, kpi)).isEqualTo("pending");
		}
	}

	@Test
	void ratioFallsBackToImprovement_andSaysSo() {
		KpiFigures outflow = kpi("転出超過数", "人", Direction.INCREASE, Aggregation.YEARLY, "-312", 2020, "-275", 2027,
				Map.of(2024, confirmed("-290")));
		KpiEvaluation evaluation = new Evaluator(Schemes.builtIn("ratio")).evaluate(outflow, FY2024);
		assertThat(evaluation.method()).isEqualTo(Measure.IMPROVEMENT);
		assertThat(evaluation.progressRateOneDecimal()).hasToString("59.5");
		assertThat(evaluation.grade().code()).isEqualTo("80%未満");
	}

	@Test
	void aCustomScheme_isOnlyAYamlFile() {
		EvaluationScheme symbols = Schemes.resolve("docs/schemes/symbols.yaml");
		assertThat(symbols.name()).isEqualTo("symbols");
		assertThat(grade("docs/schemes/symbols.yaml", increasing("100", "200", "200"))).isEqualTo("◎");
		assertThat(grade("docs/schemes/symbols.yaml", increasing("100", "200", "185"))).isEqualTo("○");
		assertThat(grade("docs/schemes/symbols.yaml", increasing("100", "200", "120"))).isEqualTo("△");
		assertThat(grade("docs/schemes/symbols.yaml", increasing("100", "200", "90"))).isEqualTo("×");
		assertThat(grade("docs/schemes/symbols.yaml", increasing(null, "200", "90"))).isEqualTo("none");
	}

	static EvaluationScheme read(String yaml) {
		return SchemeReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
	}

	@Test
	void aSchemeWithAnUnknownCondition_isRefusedNamingThePlace() {
		assertThatThrownBy(() -> read("""
				name: broken
				grades:
				  - label: A
				    when: { measure: ratio, atleast: 100 }
				""")).isInstanceOf(SchemeException.class)
			.hasMessageContaining("broken")
			.hasMessageContaining("grades[1].when")
			.hasMessageContaining("atleast");
	}

	@Test
	void aSchemeWithAnUnknownMeasureOrNoGrades_isRefused() {
		assertThatThrownBy(() -> read("""
				name: broken
				grades:
				  - label: A
				    when: { measure: speed, atLeast: 100 }
				""")).isInstanceOf(SchemeException.class).hasMessageContaining("speed");
		assertThatThrownBy(() -> read("name: empty\ngrades: []\n")).isInstanceOf(SchemeException.class)
			.hasMessageContaining("empty");
		assertThatThrownBy(() -> read("grades: [ {label: A, when: {otherwise: true}} ]"))
			.isInstanceOf(SchemeException.class)
			.hasMessageContaining("name");
		assertThatThrownBy(() -> Schemes.resolve("no-such-scheme")).isInstanceOf(SchemeException.class)
			.hasMessageContaining("no-such-scheme");
	}

	@Test
	void aSchemeThatSaysFalseOrNonsense_isRefusedRatherThanMatchingEverything() {
		assertThatThrownBy(() -> read("""
				name: sloppy
				grades:
				  - { label: A, when: { targetReached: false } }
				""")).isInstanceOf(SchemeException.class).hasMessageContaining("targetReached");
		assertThatThrownBy(() -> read("""
				name: sloppy
				latestAvailable: yes-please
				grades:
				  - { label: A, when: { otherwise: true } }
				""")).isInstanceOf(SchemeException.class).hasMessageContaining("latestAvailable");
		assertThatThrownBy(() -> read("""
				name: sloppy
				labels: { pendng: 集計中 }
				grades:
				  - { label: A, when: { otherwise: true } }
				""")).isInstanceOf(SchemeException.class).hasMessageContaining("pendng");
		assertThatThrownBy(() -> read("""
				name: sloppy
				labels: [a]
				grades:
				  - { label: A, when: { otherwise: true } }
				""")).isInstanceOf(SchemeException.class).hasMessageContaining("labels");
	}

	@Test
	void reservedLabelsAndNegativeTolerances_areRefused() {
		assertThatThrownBy(() -> read("""
				name: odd
				grades:
				  - { label: none, when: { otherwise: true } }
				""")).isInstanceOf(SchemeException.class).hasMessageContaining("none");
		assertThatThrownBy(() -> read("""
				name: odd
				grades:
				  - { label: B, when: { withinPercentOfBaseline: -5 } }
				""")).isInstanceOf(SchemeException.class).hasMessageContaining("withinPercentOfBaseline");
	}

}
