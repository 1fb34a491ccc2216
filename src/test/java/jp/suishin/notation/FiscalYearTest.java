package jp.suishin.notation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

	@ParameterizedTest
	@CsvSource({ "R6,2024", "Ｒ６,2024", "令和6年度,2024", "令和元年度,2019", "R1,2019", "H31,2019", "H29,2017", "平成27年度,2015",
			"R181,2199", "2024,2024", "2024年度,2024", "r7,2025", "S64,1989", "FY2020,2020", "ＦＹ２０２１,2021",
			"fy2022,2022" })
	void readsYearsAsPeopleWriteThem(String written, int western) {
		assertThat(FiscalYear.parse(written)).contains(FiscalYear.of(western));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "R", "R0", "H32", "24", "令和", "2024/4", "X6", "1800", "FY", "FY24" })
	void refusesWhatIsNotAYear(String written) {
		assertThat(FiscalYear.parse(written)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "2019,R1,令和元年度", "2024,R6,令和6年度", "2017,H29,平成29年度", "2025,R7,令和7年度" })
	void writesEraLabels(int western, String short_, String longLabel) {
		assertThat(FiscalYear.of(western).eraLabel()).isEqualTo(short_);
		assertThat(FiscalYear.of(western).japaneseLabel()).isEqualTo(longLabel);
	}

	@org.junit.jupiter.api.Test
	void aPeriodContainsItsEndsAndListsItsYears() {
		FiscalPeriod period = FiscalPeriod.of(2021, 2025);
		assertThat(period.contains(FiscalYear.of(2021))).isTrue();
		assertThat(period.contains(FiscalYear.of(2025))).isTrue();
		assertThat(period.contains(FiscalYear.of(2026))).isFalse();
		assertThat(period.years()).extracting(FiscalYear::eraLabel).containsExactly("R3", "R4", "R5", "R6", "R7");
	}

	@org.junit.jupiter.api.Test
	void theRangeIsOnePairOfYears_theConstructorTheCacheAndTheReaderKeepToIt() {
		assertThat(FiscalYear.of(FiscalYear.FIRST).value()).isEqualTo(1900);
		assertThat(FiscalYear.of(FiscalYear.LAST).value()).isEqualTo(2200);
		assertThat(FiscalYear.of(FiscalYear.FIRST)).isSameAs(FiscalYear.of(FiscalYear.FIRST));
		assertThat(FiscalYear.of(FiscalYear.LAST)).isSameAs(FiscalYear.of(FiscalYear.LAST));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> FiscalYear.of(FiscalYear.FIRST - 1));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> FiscalYear.of(FiscalYear.LAST + 1));
		// read from text, a year keeps one year inside, so that its neighbours exist
		assertThat(FiscalYear.parse(Integer.toString(FiscalYear.FIRST + 1)).orElseThrow().previous().value())
			.isEqualTo(FiscalYear.FIRST);
		assertThat(FiscalYear.parse(Integer.toString(FiscalYear.LAST - 1)).orElseThrow().next().value())
			.isEqualTo(FiscalYear.LAST);
		assertThat(FiscalYear.parse(Integer.toString(FiscalYear.FIRST))).isEmpty();
		assertThat(FiscalYear.parse(Integer.toString(FiscalYear.LAST))).isEmpty();
	}

}
