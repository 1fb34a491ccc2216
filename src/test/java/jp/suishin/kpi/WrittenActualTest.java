package jp.suishin.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import jp.suishin.notation.Unit;

import org.junit.jupiter.api.Test;

/** The one reading of a written value, as every channel now calls it. */
class WrittenActualTest {

	static final Unit PEOPLE = Unit.of("人");

	static WrittenActual read(String value, String status, String month) {
		return WrittenActual.read(value, status, month, PEOPLE);
	}

	static Actual actual(String value, String status, String month) {
		WrittenActual read = read(value, status, month);
		assertThat(read).isInstanceOf(WrittenActual.Value.class);
		return ((WrittenActual.Value) read).actual();
	}

	static String problems(String value, String status, String month) {
		WrittenActual read = read(value, status, month);
		assertThat(read).isInstanceOf(WrittenActual.Unreadable.class);
		return String.join(" ",
				((WrittenActual.Unreadable) read).problems()
					.stream()
					.map(p -> p.field() + ":" + p.problem().messageKey())
					.toList());
	}

	@Test
	void aFigure_isConfirmedUnlessTheStatusOrTheMarkSaysPreliminary() {
		assertThat(actual("▲312人", null, null)).isEqualTo(new Actual.Confirmed(new BigDecimal("-312")));
		assertThat(actual("約1,200", "確定", null)).isEqualTo(new Actual.Confirmed(new BigDecimal("1200"), true));
		assertThat(actual("28,672", "速報", null)).isEqualTo(new Actual.Preliminary(new BigDecimal("28672")));
		assertThat(actual("28,672（速報）", null, null)).isEqualTo(new Actual.Preliminary(new BigDecimal("28672")));
		assertThat(actual("28,672(速報)", "PRELIMINARY", null))
			.isEqualTo(new Actual.Preliminary(new BigDecimal("28672")));
	}

	@Test
	void pending_withTheMonthInTheTextOrGivenApart() {
		assertThat(actual("集計中（7月頃）", null, null)).isEqualTo(new Actual.Pending(7));
		assertThat(actual("", "集計中", "8月")).isEqualTo(new Actual.Pending(8));
		assertThat(actual("－", "PENDING", null)).isEqualTo(new Actual.Pending(null));
	}

	@Test
	void nothingOrADash_isBlank_andSaysWhich() {
		assertThat(read("", null, null)).isEqualTo(new WrittenActual.Blank(false));
		assertThat(read(null, null, null)).isEqualTo(new WrittenActual.Blank(false));
		assertThat(read("－", "速報", null)).isEqualTo(new WrittenActual.Blank(true));
	}

	@Test
	void everyProblemIsNamedByItsField() {
		assertThat(problems("12,34人", "unknown", "13")).contains("status:kpi.value.status.invalid",
				"expectedMonth:kpi.value.month.invalid", "value:notation.value.invalid");
		assertThat(problems("500", "集計中", null)).isEqualTo("value:kpi.value.pending-with-amount");
		assertThat(problems("500", null, "7")).isEqualTo("expectedMonth:kpi.value.month.only-pending");
		assertThat(problems("500（速報）", "確定", null)).isEqualTo("status:kpi.value.status.contradicts-mark");
		assertThat(problems("90ha", null, null)).isEqualTo("value:notation.value.unit-mismatch");
	}

}
