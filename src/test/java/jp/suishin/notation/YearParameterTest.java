package jp.suishin.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import jp.suishin.refusal.Problem;
import org.junit.jupiter.api.Test;

class YearParameterTest {

	@Test
	void notGiven_isNoYear() {
		assertThat(YearParameter.of(null).accepted()).contains(Optional.empty());
		assertThat(YearParameter.of("  ").accepted()).contains(Optional.empty());
	}

	@Test
	void eraWesternAndJapanese_areTheSameYear() {
		assertThat(YearParameter.of("R6").accepted()).contains(Optional.of(FiscalYear.of(2024)));
		assertThat(YearParameter.of("2024").accepted()).contains(Optional.of(FiscalYear.of(2024)));
		assertThat(YearParameter.of("令和6年度").accepted()).contains(Optional.of(FiscalYear.of(2024)));
	}

	@Test
	void anUnreadableYear_isRejectedNamingWhatWasWritten() {
		assertThat(YearParameter.of(" R99X ").rejection()).contains(Problem.of("fiscal-year.invalid", "R99X"));
	}

}
