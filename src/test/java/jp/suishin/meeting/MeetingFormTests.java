package jp.suishin.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * A meeting's form as planners and the South Sorachi schedule write it: days in every
 * notation read within the fiscal year, and each mistake named by its field.
 */
class MeetingFormTests {

	static final FiscalYear R6 = FiscalYear.of(2024);

	@Test
	void theSchedulesMonthAndDay_fallInTheMeetingsFiscalYear() {
		// R6 runs from 2024-04-01 to 2025-03-31: August is 2024, January the next
		// calendar year
		assertThat(day("8/8")).isEqualTo(LocalDate.of(2024, 8, 8));
		assertThat(day("1/15")).isEqualTo(LocalDate.of(2025, 1, 15));
		assertThat(day("９／１９")).isEqualTo(LocalDate.of(2024, 9, 19));
		assertThat(day("9月27日")).isEqualTo(LocalDate.of(2024, 9, 27));
	}

	@Test
	void fullDates_areReadInTheWesternAndTheEraNotations() {
		assertThat(day("2024-08-08")).isEqualTo(LocalDate.of(2024, 8, 8));
		assertThat(day("2024/8/2")).isEqualTo(LocalDate.of(2024, 8, 2));
		assertThat(day("令和6年7月22日")).isEqualTo(LocalDate.of(2024, 7, 22));
		assertThat(day("R6.8.16")).isEqualTo(LocalDate.of(2024, 8, 16));
		assertThat(day("令和7年2月3日(月)")).isEqualTo(LocalDate.of(2025, 2, 3));
		assertThat(MeetingDay.written(LocalDate.of(2024, 8, 8))).isEqualTo("令和6年8月8日");
		assertThat(MeetingDay.written(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
	}

	@Test
	void aDayThatIsNone_impossible_orOutsideTheYear_isTheFieldsProblem() {
		assertThat(problem("来週")).isEqualTo(FieldProblem.of("firstDay", "meeting.day.invalid", "来週"));
		assertThat(problem("2024-02-30"))
			.isEqualTo(FieldProblem.of("firstDay", "meeting.day.impossible", "2024-02-30"));
		// 2024-03-31 belongs to R5 (the fiscal year 2023)
		assertThat(problem("2024-03-31"))
			.isEqualTo(FieldProblem.of("firstDay", "meeting.day.outside-year", "令和6年3月31日", "R6"));
	}

	@Test
	void aWorkingGroupsDays_comeInOrder_andItNeedsADayOrATiming() {
		assertThat(fields(form("WORKING_GROUP", "9/19", "8/8", null))).containsExactly("secondDay");
		assertThat(fields(form("WORKING_GROUP", "8/8", "8/8", null))).containsExactly("secondDay");
		assertThat(fields(form("WORKING_GROUP", null, "9/19", null))).containsExactly("firstDay");
		assertThat(fields(form("COMMITTEE", null, null, null))).containsExactly("firstDay");
		assertThat(fields(form("COMMITTEE", null, null, "(１月～２月予定)"))).isEmpty();
		// a hearing by mail may have no day at all (№9 人材育成: ー ー)
		assertThat(fields(form("HEARING", null, null, null))).isEmpty();
	}

	@Test
	void everyFieldsMistake_isNamed_andNoContentComesBack() {
		MeetingForm form = new MeetingForm("PARTY", "x", " ", "来年", "8/8", null, null, null, "a".repeat(5001),
				List.of("1", "abc"), null, null, false);
		List<FieldProblem> problems = new ArrayList<>();
		assertThat(form.checked(problems)).isNull();
		// the day cannot be placed without a year: only the year is named
		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("kind", "node", "title", "year", "agenda", "attendees");
	}

	@Test
	void aCheckedForm_keepsWhatWasWritten_strippedAndWithoutRepeatedAttendees() {
		MeetingForm form = new MeetingForm("working-group", "12", " 救急医療体制 ", "令和6年度", "8/8", "9/19", null,
				" 新たに部会を設置して協議を実施", "・意見の確認\r\n・決定", List.of("3", "4", "3"), "交通事業者", "議事の概要", true);
		List<FieldProblem> problems = new ArrayList<>();
		MeetingContent content = form.checked(problems);
		assertThat(problems).isEmpty();
		assertThat(content).isEqualTo(new MeetingContent(MeetingKind.WORKING_GROUP, 12L, "救急医療体制", R6,
				LocalDate.of(2024, 8, 8), LocalDate.of(2024, 9, 19), null, "新たに部会を設置して協議を実施", "・意見の確認\n・決定",
				List.of(3L, 4L), "交通事業者", "議事の概要", true));
	}

	static LocalDate day(String written) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate day = MeetingDay.read("firstDay", written, R6, problems);
		assertThat(problems).as(written).isEmpty();
		return day;
	}

	static FieldProblem problem(String written) {
		List<FieldProblem> problems = new ArrayList<>();
		assertThat(MeetingDay.read("firstDay", written, R6, problems)).isNull();
		assertThat(problems).hasSize(1);
		return problems.get(0);
	}

	static MeetingForm form(String kind, String first, String second, String timing) {
		return new MeetingForm(kind, null, "部会", "R6", first, second, timing, null, null, List.of(), null, null, false);
	}

	static List<String> fields(MeetingForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		form.checked(problems);
		return problems.stream().map(FieldProblem::field).toList();
	}

}
