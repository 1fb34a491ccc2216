package jp.suishin.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jp.suishin.refusal.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * The verification forms' checks, without a database: subjects as written, days as people
 * write them, the closed lists of the follow-up and the national form, and a label for
 * every choice in both bundles.
 */
class VerificationFormsTests {

	static final LocalDate TODAY = LocalDate.of(2025, 10, 20);

	@Test
	void subjects_areReadAsTheFormsWriteThem_andNothingElse() {
		assertThat(OpinionSubject.read("plan")).contains(OpinionSubject.PLAN);
		assertThat(OpinionSubject.read(" KPI:7 ")).contains(new OpinionSubject(OpinionSubject.Kind.KPI, 7L));
		assertThat(OpinionSubject.read("node:12").orElseThrow().written()).isEqualTo("node:12");
		assertThat(OpinionSubject.read("program:5").orElseThrow().kind()).isEqualTo(OpinionSubject.Kind.PROGRAM);
		Stream.of("", "plan:3", "kpi:", "kpi:x", "kpi:-1", "kpi:0", "goal:3", "kpi7", "program:9999999999999999999")
			.forEach(written -> assertThat(OpinionSubject.read(written)).as(written).isEmpty());
	}

	@Test
	void theDayOfAnOpinion_isReadInWesternAndReiwaNotation_andAnImpossibleOrFutureDayIsRefused() {
		assertThat(day("2025-10-15")).isEqualTo(LocalDate.of(2025, 10, 15));
		assertThat(day("2025/10/5")).isEqualTo(LocalDate.of(2025, 10, 5));
		assertThat(day("令和7年10月15日")).isEqualTo(LocalDate.of(2025, 10, 15));
		assertThat(day("Ｒ７．１０．１５")).isEqualTo(LocalDate.of(2025, 10, 15));
		assertThat(day("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
		assertThat(day("2025-10-20")).isEqualTo(TODAY);
		assertThat(problem("令和元年4月30日")).isEqualTo("verification.given-on.invalid");
		assertThat(problem("令和7年2月29日")).isEqualTo("verification.given-on.invalid");
		assertThat(problem("2025-10-21")).isEqualTo("verification.given-on.future");
		assertThat(problem(" ")).isEqualTo("verification.given-on.required");
	}

	@Test
	void theFollowUp_takesOnlyItsThreeStatuses() {
		List<FieldProblem> problems = new ArrayList<>();
		assertThat(new FollowUpForm(" in-progress ", " 応募12件 ").checked(problems))
			.isEqualTo(new FollowUpForm.Checked(FollowUp.IN_PROGRESS, "応募12件"));
		assertThat(new FollowUpForm("対応済", null).checked(problems)).isNull();
		assertThat(new FollowUpForm(null, null).checked(problems)).isNull();
		assertThat(problems).extracting(p -> p.problem().messageKey())
			.containsExactly("verification.follow-up.unknown", "verification.follow-up.required");
	}

	@Test
	void theEffectRow_takesTheNationalFormsChoices_andAPolicyNeedsItsReason() {
		List<FieldProblem> problems = new ArrayList<>();
		assertThat(new EffectForm("very-effective", null, "develop", "拡大する").checked(problems).policy())
			.isEqualTo(FuturePolicy.DEVELOP);
		assertThat(new EffectForm("", "", "", "").checked(problems))
			.isEqualTo(new EffectForm.Checked(null, null, null, null));
		assertThat(problems).isEmpty();
		assertThat(new EffectForm("excellent", null, "pause", null).checked(problems)).isNull();
		assertThat(problems).extracting(FieldProblem::field).containsExactly("effect", "policy");
		problems.clear();
		assertThat(new EffectForm(null, null, "end", " ").checked(problems)).isNull();
		assertThat(problems).extracting(FieldProblem::field).containsExactly("policyReason");
	}

	@Test
	void everyChoice_hasALabelInBothBundles() throws IOException {
		List<String> keys = new ArrayList<>();
		Stream.of(FollowUp.values(), ProjectEffect.values(), FuturePolicy.values())
			.flatMap(Stream::of)
			.forEach(choice -> keys.add(((Coded) choice).messageKey()));
		Stream.of(OpinionSubject.Kind.values()).forEach(k -> keys.add("verification.subject.kind." + k.code()));
		assertThat(keys).hasSize(3 + 4 + 5 + 4);
		for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
			Properties properties = new Properties();
			try (InputStream in = getClass().getResourceAsStream(bundle)) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(properties.stringPropertyNames()).as(bundle).containsAll(keys);
		}
	}

	static LocalDate day(String written) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate day = VerificationText.day("givenOn", written, TODAY, problems);
		assertThat(problems).as(written).isEmpty();
		return day;
	}

	static String problem(String written) {
		List<FieldProblem> problems = new ArrayList<>();
		assertThat(VerificationText.day("givenOn", written, TODAY, problems)).as(written).isNull();
		return problems.get(0).problem().messageKey();
	}

}
