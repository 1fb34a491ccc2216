package jp.suishin.progress;

import static jp.suishin.progress.EngineFixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import jp.suishin.notation.Unit;

import org.junit.jupiter.api.Test;

class ChangeTest {

	@Test
	void aPercentageKpiMovesInPoints() {
		Change change = Change.between(d("60.3"), d("52.0"), Unit.of("％"));
		assertThat(change.kind()).isEqualTo(Change.Kind.POINTS);
		assertThat(change.trend()).isEqualTo(Change.Trend.DOWN);
		assertThat(change.amount()).hasToString("8.3");
	}

	@Test
	void aFigureThatAtLeastDoubledMovesInMultiples() {
		Change fourfold = Change.between(d("6522"), d("28672"), Unit.of("人"));
		assertThat(fourfold.kind()).isEqualTo(Change.Kind.MULTIPLE);
		assertThat(fourfold.amount()).hasToString("4.4");
		assertThat(Change.between(d("6522"), d("20120"), Unit.of("人")).amount()).hasToString("3.1");
	}

	@Test
	void otherwiseItMovesInPercent() {
		Change change = Change.between(d("20120"), d("28672"), Unit.of("人"));
		assertThat(change.kind()).isEqualTo(Change.Kind.PERCENT);
		assertThat(change.amount()).hasToString("42.5");
		assertThat(Change.between(d("20"), d("20"), Unit.of("カ所")).trend()).isEqualTo(Change.Trend.SAME);
	}

	@Test
	void fromZeroOrNothingThereIsNoChangeToState() {
		assertThat(Change.between(null, d("1"), Unit.of("人"))).isNull();
		assertThat(Change.between(d("0"), d("1"), Unit.of("人"))).isNull();
	}

}
