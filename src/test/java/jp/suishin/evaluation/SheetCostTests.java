package jp.suishin.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.suishin.document.YearReview;
import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.document.ReportDocument.Status;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.refusal.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * The cost of a sheet with figures worked out by hand: 事業費, 財源内訳, 人件費 = 人工 × 平均人件費, フルコスト
 * and the cost per unit of output.
 */
class SheetCostTests {

	static final Unit THOUSAND_YEN = Unit.of("千円");

	static final PersonnelCost AVERAGE = new PersonnelCost(new BigDecimal("8000"), THOUSAND_YEN);

	@Test
	void halfAPersonYearAt8000ThousandYen_costs4000_andTheFullCostIsTheProgramCostPlusThat() {
		SheetCost cost = new SheetCost(THOUSAND_YEN, new BigDecimal("12000"), new BigDecimal("6500"),
				new BigDecimal("5000"), new BigDecimal("500"), BigDecimal.ZERO, new BigDecimal("0.5"), AVERAGE);
		// 0.5 人工 × 8,000千円 = 4,000千円
		assertThat(cost.personnelCost()).isEqualByComparingTo("4000");
		// 12,000千円 + 4,000千円 = 16,000千円
		assertThat(cost.fullCost()).isEqualByComparingTo("16000");
		// 6,500 + 5,000 + 500 + 0 = 12,000 = 事業費
		assertThat(cost.fundingTotal()).isEqualByComparingTo("12000");
		assertThat(cost.balanced()).isTrue();
		// 16,000千円 = 16,000,000円 ÷ 28,672人 = 558.035…円 → 558円 (half-up)
		assertThat(cost.unitCost(new BigDecimal("28672"))).isEqualByComparingTo("558");
		// 16,000,000円 ÷ 32,000 = 500円 exactly; ÷ 3 = 5,333,333.33… → 5,333,333円
		assertThat(cost.unitCost(new BigDecimal("32000"))).isEqualByComparingTo("500");
		assertThat(cost.unitCost(new BigDecimal("3"))).isEqualByComparingTo("5333333");
	}

	@Test
	void theCostPerUnitRoundsHalfUp() {
		// 事業費 1千円, no staff time: 1,000円 ÷ 16 = 62.5円 → 63円 (half-up, not half-even 62)
		SheetCost cost = new SheetCost(THOUSAND_YEN, BigDecimal.ONE, BigDecimal.ONE, null, null, null, BigDecimal.ZERO,
				AVERAGE);
		assertThat(cost.fullCost()).isEqualByComparingTo("1");
		assertThat(cost.unitCost(new BigDecimal("16"))).isEqualByComparingTo("63");
	}

	@Test
	void anAveragePersonnelCostWrittenInYenCountsInTheSheetsUnit() {
		// 7,800,000円 per person-year = 7,800千円; 1.5 人工 → 11,700千円
		SheetCost cost = new SheetCost(THOUSAND_YEN, new BigDecimal("3000"), new BigDecimal("3000"), null, null, null,
				new BigDecimal("1.5"), new PersonnelCost(new BigDecimal("7800000"), Unit.of("円")));
		assertThat(cost.personnelCost()).isEqualByComparingTo("11700");
		// 3,000 + 11,700 = 14,700千円
		assertThat(cost.fullCost()).isEqualByComparingTo("14700");
	}

	@Test
	void withoutAnAveragePersonnelCostOrAnOutput_nothingIsMadeUp() {
		SheetCost unset = new SheetCost(THOUSAND_YEN, new BigDecimal("12000"), new BigDecimal("12000"), null, null,
				null, new BigDecimal("0.5"), null);
		assertThat(unset.personnelCost()).isNull();
		assertThat(unset.fullCost()).isNull();
		assertThat(unset.unitCost(new BigDecimal("100"))).isNull();
		SheetCost set = new SheetCost(THOUSAND_YEN, new BigDecimal("12000"), new BigDecimal("12000"), null, null, null,
				new BigDecimal("0.5"), AVERAGE);
		assertThat(set.unitCost(null)).isNull();
		assertThat(set.unitCost(BigDecimal.ZERO)).isNull();
	}

	@Test
	void thePrintedCostShowsTheBasisOfTheCostPerUnit() {
		SheetCost cost = new SheetCost(THOUSAND_YEN, new BigDecimal("12000"), new BigDecimal("7000"),
				new BigDecimal("5000"), BigDecimal.ZERO, null, new BigDecimal("0.5"), AVERAGE);
		YearReview.Indicator followers = new YearReview.Indicator("activity", "sns", "フォロワー数", "人", null,
				new Figure(new BigDecimal("28672"), "28,672人", Status.CONFIRMED, 2024, "R6", null));
		YearReview.Cost printed = ReviewingPrograms.cost(cost, followers, FiscalYear.of(2024));
		assertThat(printed.personnelCost().text()).isEqualTo("4,000千円");
		assertThat(printed.fullCost().text()).isEqualTo("16,000千円");
		assertThat(printed.unitCost().text()).isEqualTo("558円");
		assertThat(printed.unitCostBasis()).isEqualTo("1人あたり（フルコスト 16,000千円 ÷ 活動指標「フォロワー数」のR6実績 28,672人）");
		assertThat(printed.averagePersonnelCost().text()).isEqualTo("8,000千円");
		// a name that is quoted already is not quoted twice
		YearReview.Indicator quoted = new YearReview.Indicator("activity", "sns", "「そらち・デ・ビュー」公式SNSのフォロワー数", "人", null,
				null);
		assertThat(ReviewingPrograms.cost(cost, quoted, FiscalYear.of(2024)).unitCostBasis())
			.isEqualTo("活動指標「そらち・デ・ビュー」公式SNSのフォロワー数のR6実績がないため算出できません");
	}

	@Test
	void fundingThatDoesNotAddUpToTheProgramCost_isRefusedOnTheGeneralFund_sayingWhatItShouldBe() {
		List<FieldProblem> problems = new ArrayList<>();
		SheetForm form = new SheetForm(null, null, null, null, "7", List.of(), List.of(), "１２,０００", "6,000", "5,000千円",
				"", "0.5");
		// with 寄附金 500千円 designated: 6,000 + 5,000 + 500 = 11,500 ≠ 12,000; 一般財源 should
		// be
		// 12,000 − 5,000 − 500 = 6,500
		assertThat(form.checked(problems, THOUSAND_YEN, Set.of(), Set.of(7L), new BigDecimal("500"))).isNull();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("generalFund");
			assertThat(p.problem().messageKey()).isEqualTo("evaluation.cost.funding-mismatch");
			assertThat(p.problem().arguments()).containsExactly("12,000千円", "11,500千円", "500千円", "6,500千円");
		});
		problems.clear();
		SheetContent content = new SheetForm(null, null, null, null, "7", List.of(), List.of(), "12,000", "6,500",
				"5,000", null, "0.5")
			.checked(problems, THOUSAND_YEN, Set.of(), Set.of(7L), new BigDecimal("500"));
		assertThat(problems).isEmpty();
		assertThat(content.programCost()).isEqualByComparingTo("12000");
		assertThat(content.staffYears()).isEqualByComparingTo("0.5");
	}

	@Test
	void costsThatDoNotParse_orAreNegative_andIndicatorsOfAnotherPlan_areRefusedByField() {
		List<FieldProblem> problems = new ArrayList<>();
		SheetForm form = new SheetForm("x".repeat(2001), null, null, null, "99", List.of("5", "abc"), List.of("6"),
				"たくさん", "▲100", null, null, "-1");
		assertThat(form.checked(problems, THOUSAND_YEN, Set.of(5L, 6L), Set.of(7L), BigDecimal.ZERO)).isNull();
		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("purpose", "department", "activityKpis", "programCost", "generalFund", "staffYears");
		assertThat(problems.get(2).problem().messageKey()).isEqualTo("evaluation.indicator.not-of-plan");
		assertThat(problems.get(4).problem().messageKey()).isEqualTo("evaluation.cost.negative");
	}

	@Test
	void ratingsOutsideTheirScale_andADirectionNotInTheList_areRefusedByField() {
		List<FieldProblem> problems = new ArrayList<>();
		assertThat(new StageForm("5", "０", "４", "やめる", "", null).checked(problems)).isNull();
		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("necessity", "effectiveness", "direction", "reason");
		assertThat(problems.get(0).problem().messageKey()).isEqualTo("evaluation.rating.out-of-scale");
		assertThat(problems.get(2).problem().messageKey()).isEqualTo("evaluation.direction.unknown");
		problems.clear();
		StageVerdict verdict = new StageForm("４", "3", "2", "改善して継続", "費用対効果を高める", null).checked(problems);
		assertThat(verdict.necessity().value()).isEqualTo(4);
		assertThat(verdict.direction()).isEqualTo(FutureDirection.IMPROVE);
		assertThat(FutureDirection.of("end").accepted()).contains(FutureDirection.END);
		assertThat(FutureDirection.of("廃止・終了").accepted()).contains(FutureDirection.END);
	}

}
