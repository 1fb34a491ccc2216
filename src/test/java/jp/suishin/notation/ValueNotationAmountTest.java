package jp.suishin.notation;

import static org.assertj.core.api.Assertions.assertThat;

import jp.suishin.refusal.Problem;
import org.junit.jupiter.api.Test;

/**
 * "Must be a number": one rule ({@link ValueNotation#amount}) for targets, baselines, the
 * sample data and the {@code evaluate} command's sheet.
 */
class ValueNotationAmountTest {

	static final Unit PEOPLE = Unit.of("人");

	@Test
	void aNumberInTheNotation_isTheAmountInTheKpisUnit() {
		assertThat(ValueNotation.amount("1,232万人", Unit.of("万人")).accepted().orElseThrow())
			.isEqualByComparingTo("1232");
		assertThat(ValueNotation.amount("▲312", PEOPLE).accepted().orElseThrow()).isEqualByComparingTo("-312");
	}

	@Test
	void pendingNoneOrNothing_areRefusedWithOneKey() {
		assertThat(ValueNotation.amount("集計中（7月頃）", PEOPLE).rejection())
			.contains(Problem.of("notation.value.number-required", "集計中（7月頃）"));
		assertThat(ValueNotation.amount("－", PEOPLE).rejection())
			.contains(Problem.of("notation.value.number-required", "－"));
		assertThat(ValueNotation.amount(" ", PEOPLE).rejection())
			.contains(Problem.of("notation.value.number-required", ""));
	}

	@Test
	void unreadableText_isRefusedAsTheNotationRefusesIt() {
		assertThat(ValueNotation.amount("たくさん", PEOPLE).rejection())
			.contains(Problem.of("notation.value.invalid", "たくさん"));
	}

}
