package jp.suishin.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalGovernmentCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "010006", "012106", "012092", "012157", "012220", "014231", "014249", "014257", "014290",
			"014303", "011002", "０１２１０６" })
	void acceptsCodesWithTheirCheckDigit(String code) {
		assertThat(LocalGovernmentCode.check(code)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "012107", "010000", "014232", "01210", "0121066", "01210A", "" })
	void refusesWrongCheckDigitsAndShapes(String code) {
		assertThat(LocalGovernmentCode.check(code)).isPresent();
		assertThatIllegalArgumentException().isThrownBy(() -> new LocalGovernmentCode(code));
	}

	@org.junit.jupiter.api.Test
	void namesTheRightCheckDigit() {
		assertThat(LocalGovernmentCode.check("012107")).get()
			.satisfies(p -> assertThat(p.arguments()).containsExactly("012107", 6));
	}

	@org.junit.jupiter.api.Test
	void aPrefecturesCodeIsItsNumberAnd000() {
		assertThat(LocalGovernmentCode.of("010006").isPrefecture()).isTrue();
		assertThat(LocalGovernmentCode.of("130001").isPrefecture()).isTrue();
		assertThat(LocalGovernmentCode.of("012106").isPrefecture()).isFalse();
		assertThat(LocalGovernmentCode.of("131016").isPrefecture()).isFalse();
	}

}
