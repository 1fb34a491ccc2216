package jp.suishin.notation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DayNotationTests {

	@ParameterizedTest
	@ValueSource(strings = { "2024-05-10", "2024/5/10", "2024.5.10", "2024年5月10日", "令和6年5月10日", "R6.5.10", "r6.5.10",
			"２０２４／５／１０", "令和６年５月１０日", "2024年5月10日（金）", " 令和 6 年 5 月 10 日 " })
	void aDayAsPeopleWriteIt(String written) {
		assertThat(DayNotation.parse(written)).contains(LocalDate.of(2024, 5, 10));
	}

	@Test
	void theFirstYearOfAnEra_andItsBoundary() {
		assertThat(DayNotation.parse("令和元年5月1日")).contains(LocalDate.of(2019, 5, 1));
		assertThat(DayNotation.parse("H31.4.30")).contains(LocalDate.of(2019, 4, 30));
		// 令和 began on 1 May 2019: its 1 April is no day, nor is 平成's 1 May
		assertThat(DayNotation.parse("令和元年4月1日")).isEmpty();
		assertThat(DayNotation.parse("平成31年5月1日")).isEmpty();
	}

	@Test
	void anImpossibleDay_isNone_butIsWrittenLikeOne() {
		assertThat(DayNotation.parse("2024年2月30日")).isEmpty();
		assertThat(DayNotation.writtenLikeADay("2024年2月30日")).isTrue();
		assertThat(DayNotation.parse("来週")).isEmpty();
		assertThat(DayNotation.writtenLikeADay("来週")).isFalse();
		assertThat(DayNotation.parse(null)).isEmpty();
	}

	@Test
	void aMonthAndDayAlone_fallInTheFiscalYear() {
		FiscalYear r6 = FiscalYear.of(2024);
		assertThat(DayNotation.parse("8/8", r6)).contains(LocalDate.of(2024, 8, 8));
		// January to March belong to the next calendar year
		assertThat(DayNotation.parse("2月5日", r6)).contains(LocalDate.of(2025, 2, 5));
		assertThat(DayNotation.parse("8/8")).isEmpty();
	}

}
