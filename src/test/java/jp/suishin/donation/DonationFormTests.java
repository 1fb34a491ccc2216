package jp.suishin.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.FieldProblem;
import org.junit.jupiter.api.Test;

/** The one check of a donation as written, for every channel. */
class DonationFormTests {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	static final Set<Long> PROGRAMS = Set.of(11L, 12L);

	@Test
	void daysWrittenAsPeopleWriteThem_areRead() {
		for (String written : List.of("2024-05-10", "2024/5/10", "2024年5月10日", "令和6年5月10日", "R6.5.10", "Ｒ６．５．１０",
				"２０２４－０５－１０")) {
			assertThat(ReceiptDate.read(written).accepted()).as(written).contains(LocalDate.of(2024, 5, 10));
		}
		assertThat(ReceiptDate.read("令和元年5月1日").accepted()).contains(LocalDate.of(2019, 5, 1));
		assertThat(ReceiptDate.read("H31.4.30").accepted()).contains(LocalDate.of(2019, 4, 30));
		// 令和 began on 1 May 2019, 平成 ended the day before
		assertThat(ReceiptDate.read("令和元年4月30日").accepted()).isEmpty();
		assertThat(ReceiptDate.read("平成31年5月1日").accepted()).isEmpty();
		assertThat(ReceiptDate.read("2024-02-30").rejection().orElseThrow().messageKey())
			.isEqualTo("donation.receivedOn.invalid");
		assertThat(ReceiptDate.read(" ").rejection().orElseThrow().messageKey())
			.isEqualTo("donation.receivedOn.required");
	}

	@Test
	void aDonationInTheGuidesUnit_orWrittenWithAnotherUnitOfMoney_isStoredInTheGuidesUnit() {
		List<FieldProblem> problems = new ArrayList<>();
		DonationContent content = new DonationForm(" 株式会社テスト ", "令和6年3月31日", "１，２００", "12", true, false)
			.checked(DonationTotalsTests.GUIDE, PROGRAMS, TODAY, problems);
		assertThat(problems).isEmpty();
		assertThat(content.donor()).isEqualTo("株式会社テスト");
		// 31 March 2024 is the last day of FY2023
		assertThat(content.year()).isEqualTo(FiscalYear.of(2023));
		assertThat(content.amount()).isEqualByComparingTo("1200");
		assertThat(content.programId()).isEqualTo(12L);
		assertThat(content.anonymous()).isTrue();
		// 100万円 = 1,000,000円 = 1,000千円
		assertThat(new DonationForm("株式会社テスト", "2024-04-01", "100万円", "", false, false)
			.checked(DonationTotalsTests.GUIDE, PROGRAMS, TODAY, problems)
			.amount()).isEqualByComparingTo(new BigDecimal("1000"));
		assertThat(problems).isEmpty();
	}

	@Test
	void everyBadField_isNamedWithItsProblem() {
		List<FieldProblem> problems = new ArrayList<>();
		// the guide runs FY2020–FY2027: 2028-04-01 is FY2028
		assertThat(new DonationForm(" ", "2028-04-01", "0", "99", false, false).checked(DonationTotalsTests.GUIDE,
				PROGRAMS, LocalDate.of(2030, 1, 1), problems))
			.isNull();
		assertThat(problems).extracting(FieldProblem::field, p -> p.problem().messageKey())
			.containsExactly(tuple("donor", "donation.donor.required"),
					tuple("receivedOn", "donation.receivedOn.outside-period"),
					tuple("amount", "donation.amount.positive"), tuple("programId", "donation.program.unknown"));
		problems.clear();
		new DonationForm("x".repeat(201), "2020-03-31", "▲1,000", "abc", false, false)
			.checked(DonationTotalsTests.GUIDE, PROGRAMS, TODAY, problems);
		assertThat(problems).extracting(FieldProblem::field, p -> p.problem().messageKey())
			.containsExactly(tuple("donor", "donation.text.too-long"),
					tuple("receivedOn", "donation.receivedOn.outside-period"),
					tuple("amount", "donation.amount.positive"), tuple("programId", "donation.program.unknown"));
		problems.clear();
		new DonationForm("株式会社テスト", "2025-07-01", "千円", null, false, false).checked(DonationTotalsTests.GUIDE, PROGRAMS,
				TODAY, problems);
		assertThat(problems).extracting(FieldProblem::field, p -> p.problem().messageKey())
			.containsExactly(tuple("receivedOn", "donation.receivedOn.future"),
					tuple("amount", "notation.value.invalid"));
		problems.clear();
		new DonationForm("株式会社テスト", "2024-07-01", "約1,000", null, false, false).checked(DonationTotalsTests.GUIDE,
				PROGRAMS, TODAY, problems);
		assertThat(problems).extracting(FieldProblem::field, p -> p.problem().messageKey())
			.containsExactly(tuple("amount", "donation.amount.exact"));
		problems.clear();
		new DonationForm("株式会社テスト", "2024-07-01", "100人", null, false, false).checked(DonationTotalsTests.GUIDE,
				PROGRAMS, TODAY, problems);
		assertThat(problems).extracting(FieldProblem::field).containsExactly("amount");
	}

}
