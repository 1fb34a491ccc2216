package jp.suishin.notation;

import jp.suishin.refusal.Problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueNotationTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "113,600ha|ha|113600", "113,600㏊|ha|113600", "52.0％|％|52.0", "52.0%|％|52.0", "１２３|件|123",
					"▲312人|人|-312", "△0.38％|％|-0.38", "1,232万人|万人|1232", "1,159.6万人|万人|1159.6", "12,320,000人|万人|1232",
					"7,250千人|千人|7250", "18,113百万円|百万円|18113", "28,672|人|28672", "20カ所|カ所|20", "20ヶ所|カ所|20",
					" 1,234 人 |人|1234", "1.26||1.26" })
	void readsNumbersAsPeopleWriteThem(String written, String unit, String expected) {
		ParsedValue parsed = ValueNotation.parse(written, Unit.of(unit));
		assertThat(parsed).isInstanceOf(ParsedValue.Amount.class);
		assertThat(((ParsedValue.Amount) parsed).amount()).isEqualByComparingTo(new BigDecimal(expected));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "52.0％|％|52.0", "70.0％|％|70.0", "70.0|％|70.0", "60.0%|％|60.0",
			"1,232万|万人|1232", "1.5万人|人|15000", "7,487千|千人|7487", "12,320,000人|万人|1232" })
	void keepsTheDecimalsAValueWasWrittenWith_andDropsOnlyThoseAConversionAdds(String written, String unit,
			String expected) {
		ParsedValue parsed = ValueNotation.parse(written, Unit.of(unit));
		assertThat(((ParsedValue.Amount) parsed).amount()).hasToString(expected);
	}

	@ParameterizedTest
	@CsvSource({ "集計中（7月頃）,7", "集計中(8月頃),8", "集計中（１２月）,12" })
	void readsPendingWithItsExpectedMonth(String written, int month) {
		assertThat(ValueNotation.parse(written, Unit.of("件"))).isEqualTo(new ParsedValue.Pending(month));
	}

	@Test
	void readsPendingWithoutAMonth() {
		assertThat(ValueNotation.parse("集計中", Unit.of("件"))).isEqualTo(new ParsedValue.Pending(null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "－", "―", "—", "-", "", "  " })
	void readsDashesAsNoValue(String written) {
		assertThat(ValueNotation.parse(written, Unit.of("件"))).isInstanceOf(ParsedValue.Blank.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1,23", "12,34,567", "１２３円", "約約1,200", "1.2.3", "▲", "集計中（13月頃）", "3倍以上" })
	void refusesWhatItCannotRead(String written) {
		assertThat(ValueNotation.parse(written, Unit.of("件"))).isInstanceOf(ParsedValue.Invalid.class);
	}

	@Test
	void aValueInAnotherUnit_isAUnitMismatch_notUnreadable() {
		ParsedValue parsed = ValueNotation.parse("807万7千ドル", Unit.of("円"));
		assertThat(((ParsedValue.Invalid) parsed).problem().messageKey()).isEqualTo("notation.value.unit-mismatch");
	}

	@Test
	void namesTheUnitsThatDoNotMatch() {
		ParsedValue parsed = ValueNotation.parse("113,500人", Unit.of("ha"));
		assertThat(parsed)
			.isEqualTo(new ParsedValue.Invalid(Problem.of("notation.value.unit-mismatch", "113,500人", "人", "ha")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "113600|ha|113,600ha", "-312|人|▲312人", "1159.6|万人|1,159.6万人", "52.0|％|52.0％",
			"1234567.25||1,234,567.25", "0|件|0件" })
	void writesAmountsTheWayReportsPrintThem(String amount, String unit, String expected) {
		assertThat(QuantityFormat.format(new BigDecimal(amount), Unit.of(unit))).isEqualTo(expected);
	}

	@Test
	void roundsPercentagesHalfUpToOneDecimalForDisplay() {
		assertThat(QuantityFormat.percent(new BigDecimal("82.94"))).isEqualTo("82.9％");
		assertThat(QuantityFormat.percent(new BigDecimal("82.95"))).isEqualTo("83.0％");
		assertThat(QuantityFormat.percent(new BigDecimal("197.7"))).isEqualTo("197.7％");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "延べ 7|回|7", "累計 12|件|12", "約1,200|人|1200", "1・58||1.58", "１・５８||1.58", "807万7千円|千円|8077",
					"807万7千円|円|8077000", "1億2,300万円|円|123000000", "1億2,300万円|万円|12300", "3万5000人|人|35000",
					"(2,345人)|人|2345", "（2,345人）|人|2345", "3244人|人|3244", "3,244 人|人|3244", "－３|人|-3", "▲1,200|人|-1200",
					"+5|人|5", "＋５|人|5", "1億2千万円|円|120000000", "1万2千3百人|人|12300" })
	void readsTheNotationsPublishedReportsUse(String written, String unit, String expected) {
		ParsedValue parsed = ValueNotation.parse(written, Unit.of(unit));
		assertThat(parsed).isInstanceOf(ParsedValue.Amount.class);
		assertThat(((ParsedValue.Amount) parsed).amount()).isEqualByComparingTo(new BigDecimal(expected));
	}

	@Test
	void keepsAbout_asAFlagShownBackAsWritten() {
		ParsedValue.Amount about = (ParsedValue.Amount) ValueNotation.parse("約1,200人", Unit.of("人"));
		assertThat(about.approximate()).isTrue();
		assertThat(new jp.suishin.kpi.Actual.Confirmed(about.amount(), about.approximate()).display(Unit.of("人")))
			.isEqualTo("約1,200人");
		assertThat(((ParsedValue.Amount) ValueNotation.parse("延べ 7", Unit.of("回"))).approximate()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "約", "延べ", "約約1,200", "(2,345人", "2,345人)", "807万7千ドル", "1万2億円", "1・5・8", "1,2・3", "累計十二",
			"3 244", "1 2", "1,200円程度", "28,672（速報）", "807万千円" })
	void refusesNearMisses_quotingTheCell(String written) {
		ParsedValue parsed = ValueNotation.parse(written, Unit.of("円"));
		assertThat(parsed).isInstanceOf(ParsedValue.Invalid.class);
		assertThat(((ParsedValue.Invalid) parsed).problem().arguments()).first().isEqualTo(written);
	}

}
