package jp.suishin.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeMap;

import jp.suishin.kpi.Actual;
import jp.suishin.notation.FiscalYear;

import org.junit.jupiter.api.Test;

class YearlyActualsTest {

	private static final Actual.Confirmed TEN = new Actual.Confirmed(BigDecimal.TEN);

	private static final Actual.Pending PENDING = new Actual.Pending(7);

	private static final Actual.Preliminary ONE = new Actual.Preliminary(BigDecimal.ONE);

	@Test
	void aYearWithoutAValueIsAbsentInsideAndOutsideTheRange() {
		YearlyActuals actuals = YearlyActuals
			.of(Map.of(FiscalYear.of(2020), TEN, FiscalYear.of(2022), PENDING, FiscalYear.of(2023), ONE));
		assertThat(actuals.get(FiscalYear.of(2020))).isEqualTo(TEN);
		assertThat(actuals.get(FiscalYear.of(2021))).isNull();
		assertThat(actuals.get(FiscalYear.of(2022))).isEqualTo(PENDING);
		assertThat(actuals.get(FiscalYear.of(2019))).isNull();
		assertThat(actuals.get(FiscalYear.of(2024))).isNull();
		assertThat(actuals.get(FiscalYear.of(1900))).isNull();
		assertThat(actuals.get(FiscalYear.of(2200))).isNull();
		assertThat(actuals.has(FiscalYear.of(2021))).isFalse();
		assertThat(actuals.has(FiscalYear.of(2023))).isTrue();
		assertThat(actuals.size()).isEqualTo(3);
		assertThat(actuals.firstYear()).isEqualTo(FiscalYear.of(2020));
		assertThat(actuals.lastYear()).isEqualTo(FiscalYear.of(2023));
		assertThat(actuals.years()).containsExactly(FiscalYear.of(2020), FiscalYear.of(2022), FiscalYear.of(2023));
		assertThat(actuals.actuals()).containsExactly(TEN, PENDING, ONE);
	}

	@Test
	void noneHasNoYears() {
		assertThat(YearlyActuals.of(Map.of())).isEqualTo(YearlyActuals.none());
		assertThat(YearlyActuals.none().isEmpty()).isTrue();
		assertThat(YearlyActuals.none().get(FiscalYear.of(2024))).isNull();
		assertThat(YearlyActuals.none().years()).isEmpty();
		assertThatThrownBy(() -> YearlyActuals.none().firstYear()).isInstanceOf(NoSuchElementException.class);
		assertThatThrownBy(() -> YearlyActuals.none().lastYear()).isInstanceOf(NoSuchElementException.class);
	}

	@Test
	void theLatestYearBeforeIsTriedLatestFirst() {
		YearlyActuals actuals = YearlyActuals
			.of(Map.of(FiscalYear.of(2020), TEN, FiscalYear.of(2022), PENDING, FiscalYear.of(2023), ONE));
		List<FiscalYear> tried = new ArrayList<>();
		FiscalYear found = actuals.latestBefore(FiscalYear.of(2030), year -> {
			tried.add(year);
			return year.value() == 2020;
		});
		assertThat(found).isEqualTo(FiscalYear.of(2020));
		assertThat(tried).containsExactly(FiscalYear.of(2023), FiscalYear.of(2022), FiscalYear.of(2020));
		assertThat(actuals.latestBefore(FiscalYear.of(2022), year -> true)).isEqualTo(FiscalYear.of(2020));
		assertThat(actuals.latestBefore(FiscalYear.of(2020), year -> true)).isNull();
		assertThat(actuals.latestBefore(FiscalYear.of(1900), year -> true)).isNull();
	}

	@Test
	void theSameActualsAreEqualAndReadBackAsTheMapTheyCameFrom() {
		Random random = new Random(20261202L);
		for (int n = 0; n < 500; n++) {
			TreeMap<FiscalYear, Actual> map = new TreeMap<>();
			int from = 1901 + random.nextInt(280);
			for (int i = 0; i < random.nextInt(12); i++) {
				map.put(FiscalYear.of(from + random.nextInt(11)), new Actual.Confirmed(BigDecimal.valueOf(i)));
			}
			YearlyActuals actuals = YearlyActuals.of(map);
			assertThat(actuals.asMap()).isEqualTo(map);
			assertThat(actuals.years()).containsExactlyElementsOf(map.keySet());
			assertThat(actuals.size()).isEqualTo(map.size());
			assertThat(actuals).isEqualTo(YearlyActuals.of(new TreeMap<>(map)))
				.hasSameHashCodeAs(YearlyActuals.of(map));
			for (int y = from - 1; y <= from + 12; y++) {
				assertThat(actuals.get(FiscalYear.of(y))).isEqualTo(map.get(FiscalYear.of(y)));
			}
		}
	}

}
