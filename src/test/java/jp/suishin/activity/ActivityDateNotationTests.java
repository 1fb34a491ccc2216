package jp.suishin.activity;

import java.time.LocalDate;
import java.util.List;

import jp.suishin.activity.ActivityDates.Period;
import jp.suishin.activity.ActivityDates.Precision;
import jp.suishin.refusal.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityDateNotationTests {

	private static Period day(String label, int y, int m, int d) {
		LocalDate date = LocalDate.of(y, m, d);
		return new Period(label, date, date, Precision.DAY);
	}

	@Test
	void aRangeWithinAMonth() {
		assertThat(ActivityDateNotation.read("令和5年9月16日～17日").periods())
			.containsExactly(new Period(null, LocalDate.of(2023, 9, 16), LocalDate.of(2023, 9, 17), Precision.DAY));
	}

	@Test
	void labelledRanges() {
		assertThat(ActivityDateNotation.read("夏 令和5年 7月7日～13日 / 冬 令和5年10月6日～19日").periods()).containsExactly(
				new Period("夏", LocalDate.of(2023, 7, 7), LocalDate.of(2023, 7, 13), Precision.DAY),
				new Period("冬", LocalDate.of(2023, 10, 6), LocalDate.of(2023, 10, 19), Precision.DAY));
	}

	@Test
	void daysOfSeveralMonths() {
		assertThat(ActivityDateNotation.read("令和5年11月28日・30日 令和5年12月5日・7日").periods()).containsExactly(
				day(null, 2023, 11, 28), day(null, 2023, 11, 30), day(null, 2023, 12, 5), day(null, 2023, 12, 7));
		assertThat(ActivityDateNotation.read("令和6年4月27日、5月26日、7月21日、9月7日、9月15日").periods()).containsExactly(
				day(null, 2024, 4, 27), day(null, 2024, 5, 26), day(null, 2024, 7, 21), day(null, 2024, 9, 7),
				day(null, 2024, 9, 15));
	}

	@Test
	void numberedRangesWeekdaysAndAsciiTilde() {
		assertThat(ActivityDateNotation.read("①令和6年9月14日～15日 ②令和6年9月26日～29日").periods()).containsExactly(
				new Period(null, LocalDate.of(2024, 9, 14), LocalDate.of(2024, 9, 15), Precision.DAY),
				new Period(null, LocalDate.of(2024, 9, 26), LocalDate.of(2024, 9, 29), Precision.DAY));
		assertThat(ActivityDateNotation.read("令和5年9月23日(土)").periods()).containsExactly(day(null, 2023, 9, 23));
		assertThat(ActivityDateNotation.read("令和5年11月1日~23日").periods())
			.containsExactly(new Period(null, LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 23), Precision.DAY));
		assertThat(ActivityDateNotation.read("令和6年10月11日～11月16日").periods())
			.containsExactly(new Period(null, LocalDate.of(2024, 10, 11), LocalDate.of(2024, 11, 16), Precision.DAY));
		assertThat(ActivityDateNotation.read("令和7年1月23日").periods()).containsExactly(day(null, 2025, 1, 23));
	}

	@Test
	void fullWidthDigitsAndNumberedDaysWithoutASpace_asSeed004PrintsThem() {
		assertThat(ActivityDateNotation.read("令和６年10月21日").periods()).containsExactly(day(null, 2024, 10, 21));
		assertThat(ActivityDateNotation.read("①令和6年8月20日 ②令和7年1月23日③3月13日").periods())
			.containsExactly(day(null, 2024, 8, 20), day(null, 2025, 1, 23), day(null, 2025, 3, 13));
		assertThat(ActivityDateNotation.read("令和6年10月1日、10日、21日").periods()).containsExactly(day(null, 2024, 10, 1),
				day(null, 2024, 10, 10), day(null, 2024, 10, 21));
	}

	@Test
	void months() {
		assertThat(ActivityDateNotation.read("R5.12月～").periods())
			.containsExactly(new Period(null, LocalDate.of(2023, 12, 1), null, Precision.MONTH));
		assertThat(ActivityDateNotation.read("R5.10月").periods())
			.containsExactly(new Period(null, LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31), Precision.MONTH));
	}

	@ParameterizedTest
	@ValueSource(strings = { "令和5年9月16日～17日", "夏 令和5年 7月7日～13日 / 冬 令和5年10月6日～19日", "令和5年11月28日・30日 令和5年12月5日・7日",
			"令和6年4月27日、5月26日、7月21日、9月7日、9月15日", "①令和6年9月14日～15日 ②令和6年9月26日～29日", "令和5年9月23日(土)", "令和5年11月1日~23日",
			"R5.12月～", "R5.10月", "令和6年10月11日～11月16日", "令和7年1月23日", "令和元年5月1日～令和2年3月31日" })
	void writingReadsBackTheSamePeriods(String text) {
		List<Period> read = ActivityDateNotation.read(text).periods();
		String written = ActivityDateNotation.write(new ActivityDates(read));
		assertThat(ActivityDateNotation.read(written).periods()).as(written).isEqualTo(read);
	}

	@Test
	void writesTheDocumentsStyle() {
		assertThat(ActivityDateNotation.read("令和5年9月16日～17日").written()).isEqualTo("令和5年9月16日～17日");
		assertThat(ActivityDateNotation.read("R5.12月～").written()).isEqualTo("R5.12月～");
		assertThat(ActivityDateNotation.read("令和5年11月28日・30日、12月5日").written()).isEqualTo("令和5年11月28日・30日、12月5日");
		assertThat(ActivityDateNotation.read("夏 令和5年 7月7日～13日 / 冬 令和5年10月6日～19日").written())
			.isEqualTo("夏 令和5年7月7日～13日 / 冬 令和5年10月6日～19日");
		assertThat(ActivityDateNotation.read("令和元年5月1日").written()).isEqualTo("令和元年5月1日");
		assertThat(ActivityDates.none().written()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "令和5年2月30日", "9月16日", "明日", "令和5年9月17日～16日", "令和5年13月1日" })
	void refusesWhatIsNoDate(String text) {
		assertThatThrownBy(() -> ActivityDateNotation.read(text)).isInstanceOf(Refused.class)
			.hasMessageContaining("activity.dates.invalid");
	}

}
