package jp.suishin.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressSummaryTest {

	@Test
	void countsBandsAndSharesThemInTenthsThatAddUp() {
		List<Progress> progress = List.of(new Progress.Pending(7), new Progress.Rated(new BigDecimal("99.9")),
				new Progress.Rated(new BigDecimal("82.9")), new Progress.Rated(new BigDecimal("197.7")),
				new Progress.Pending(7), new Progress.Pending(8), new Progress.Rated(new BigDecimal("90.9")));
		ProgressSummary summary = ProgressSummary.of(progress);
		assertThat(summary.total()).isEqualTo(7);
		assertThat(summary.bands()).extracting(ProgressSummary.BandShare::band)
			.containsExactly(ProgressBand.ACHIEVED, ProgressBand.AT_LEAST_80, ProgressBand.PENDING);
		assertThat(summary.bands()).extracting(ProgressSummary.BandShare::tenths).containsExactly(2, 4, 4);
		assertThat(summary.atLeast80()).isEqualTo(4);
		assertThat(summary.achieved()).isEqualTo(1);
		assertThat(summary.pending()).isEqualTo(3);
	}

	@Test
	void anEmptyListHasNoBands() {
		assertThat(ProgressSummary.of(List.of()).bands()).isEmpty();
	}

}
