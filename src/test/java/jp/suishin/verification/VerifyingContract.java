package jp.suishin.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.access.AccessDenied;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.document.ExpertReviews;
import jp.suishin.document.GatheringReview;
import jp.suishin.document.YearReview;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The experts' verification of the Sorachi policy's years, through the use cases: on the
 * embedded database ({@link VerifyingOnEmbeddedDatabaseTests}) and on PostgreSQL
 * ({@link VerifyingOnPostgresTests}). Each test makes its own accounts and opinions, so
 * that they run in any order on one database.
 */
abstract class VerifyingContract {

	static final FiscalYear R5 = FiscalYear.of(2023);

	static final FiscalYear R6 = FiscalYear.of(2024);

	@Autowired
	GivingOpinions giving;

	@Autowired
	RespondingToOpinions responding;

	@Autowired
	VerifyingEffects verifying;

	@Autowired
	VerificationQuery query;

	@Autowired
	VerificationRecords records;

	@Autowired
	ExpertReviews reviews;

	@Autowired
	GatheringReview gathering;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestAccounts accounts;

	long plan;

	long otherPlan;

	PlanTree tree;

	Viewer planner;

	Viewer expert;

	Viewer editor;

	Viewer stranger;

	Kpi cultivated;

	@BeforeEach
	void sorachi() {
		plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		otherPlan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		tree = plans.tree(plan).orElseThrow();
		String suffix = Long.toString(System.nanoTime());
		planner = accounts.account("vf-planner-" + suffix, "sorachi-bureau", Role.PLANNER);
		expert = accounts.account("vf-expert-" + suffix, "sorachi-bureau", Role.EXPERT);
		editor = accounts.editor("vf-editor-" + suffix, "sorachi-bureau", "VF 地域政策課");
		stranger = accounts.account("vf-stranger-" + suffix, "yubari", Role.PLANNER);
		cultivated = kpis.findByKey("sorachi-cultivated-area").orElseThrow();
	}

	OpinionForm onKpi(String text) {
		return new OpinionForm("kpi:" + cultivated.id(), null, "2024-10-15", text);
	}

	@Test
	void anExpertGivesAnOpinionOnAKpi_inItsOwnName_datedAndAudited() {
		int entries = audit.of(AuditSubject.plan(plan)).size();
		long id = giving.give(expert, plan, R6,
				new OpinionForm("kpi:" + cultivated.id(), "誰か別の名前", "令和6年10月15日", "  耕作面積の維持に向け、担い手の確保策を強化されたい。 "));

		Opinion opinion = records.opinion(id).orElseThrow();
		assertThat(opinion.subject()).isEqualTo(new OpinionSubject(OpinionSubject.Kind.KPI, cultivated.id()));
		// the expert's own display name, whatever the form says
		assertThat(opinion.expert()).isEqualTo(expert.login() + " さん");
		assertThat(opinion.expertAccountId()).isEqualTo(expert.accountId());
		assertThat(opinion.givenOn()).isEqualTo(LocalDate.of(2024, 10, 15));
		assertThat(opinion.text()).isEqualTo("耕作面積の維持に向け、担い手の確保策を強化されたい。");
		List<AuditEntry> trail = audit.of(AuditSubject.plan(plan));
		assertThat(trail).hasSize(entries + 1);
		assertThat(trail.get(0).action()).isEqualTo(AuditAction.OPINION_GIVEN);
		assertThat(trail.get(0).actor()).isEqualTo(expert.login());
		assertThat(trail.get(0).after()).contains("kpi:" + cultivated.id(), "担い手の確保策");
	}

	@Test
	void aPlannerRecordsAnOpinionForANamedExpert_onAProgram_andMustNameTheExpert() {
		long program = tree.programs(tree.roots().get(0).id()).get(0).id();
		OpinionForm unnamed = new OpinionForm("program:" + program, " ", "2024-10-15", "情報発信を強化されたい。");
		assertThat(problems(() -> giving.give(planner, plan, R6, unnamed))).extracting(FieldProblem::field)
			.containsExactly("expert");

		long id = giving.give(planner, plan, R6,
				new OpinionForm("program:" + program, "空知 太郎 委員", "R6.10.15", "情報発信を強化されたい。"));
		Opinion opinion = records.opinion(id).orElseThrow();
		assertThat(opinion.expert()).isEqualTo("空知 太郎 委員");
		assertThat(opinion.expertAccountId()).isNull();
		assertThat(query.of(planner, plan, R6).opinions()).filteredOn(l -> l.opinion().id() == id)
			.singleElement()
			.satisfies(l -> assertThat(l.subjectTitle()).isEqualTo("日本遺産「炭鉄港」広域連携推進事業"));
	}

	@Test
	void anOpinionOnSomethingOfAnotherPlan_isRefusedNamingTheSubject_andNothingIsStored() {
		PlanTree other = plans.tree(otherPlan).orElseThrow();
		long foreignNode = other.roots().get(0).id();
		long foreignKpi = kpis.findByPlan(otherPlan).get(0).id();
		int before = records.opinions(plan, R6).size();
		int entries = audit.of(AuditSubject.plan(plan)).size();
		for (String subject : List.of("node:" + foreignNode, "kpi:" + foreignKpi, "program:999999", "kpi:abc", "")) {
			List<FieldProblem> problems = problems(
					() -> giving.give(expert, plan, R6, new OpinionForm(subject, null, "2024-10-15", "意見")));
			assertThat(problems).as(subject).extracting(FieldProblem::field).containsExactly("subject");
		}
		assertThat(problems(
				() -> giving.give(expert, plan, R6, new OpinionForm("node:" + foreignNode, null, "2024-02-30", " "))))
			.extracting(FieldProblem::field)
			.containsExactly("subject", "givenOn", "text");
		assertThat(records.opinions(plan, R6)).hasSize(before);
		assertThat(audit.of(AuditSubject.plan(plan))).hasSize(entries);
	}

	@Test
	void aYearOutsideThePlan_aFutureDay_andAnUnreadableDay_areRefusedNamingTheirFields() {
		// R3–R7 is the plan's period: R8 (2026) is not in it
		assertThat(problems(() -> giving.give(expert, plan, FiscalYear.of(2026), onKpi("意見"))))
			.extracting(FieldProblem::field)
			.containsExactly("year");
		assertThat(problems(() -> giving.give(expert, plan, R6,
				new OpinionForm("plan", null, LocalDate.now().plusDays(2).toString(), "意見"))))
			.singleElement()
			.satisfies(p -> assertThat(p.problem().messageKey()).isEqualTo("verification.given-on.future"));
		assertThat(problems(() -> giving.give(expert, plan, R6, new OpinionForm("plan", null, "来週", "意見"))))
			.singleElement()
			.satisfies(p -> assertThat(p.problem().messageKey()).isEqualTo("verification.given-on.invalid"));
	}

	@Test
	void onlyTheOwnersExpertsAndPlannersGiveOpinions_othersAreRefused_andNothingIsStored() {
		int before = records.opinions(plan, R6).size();
		assertThatThrownBy(() -> giving.give(editor, plan, R6, onKpi("意見"))).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> giving.give(stranger, plan, R6, onKpi("意見"))).isInstanceOf(Refused.class)
			.satisfies(ex -> assertThat(((Refused) ex).refusal()).isInstanceOf(Refusal.NotFound.class));
		assertThatThrownBy(() -> giving.give(Viewer.PUBLIC, plan, R6, onKpi("意見"))).isInstanceOf(Refused.class);
		assertThatThrownBy(() -> query.of(stranger, plan, R6)).isInstanceOf(Refused.class);
		assertThat(records.opinions(plan, R6)).hasSize(before);
	}

	@Test
	void anExpertChangesOnlyItsOwnOpinion_andNoneOnceTheDivisionHasResponded() {
		Viewer colleague = accounts.account("vf-colleague-" + System.nanoTime(), "sorachi-bureau", Role.EXPERT);
		long id = giving.give(expert, plan, R6, onKpi("最初の意見"));
		assertThatThrownBy(() -> giving.edit(colleague, id, onKpi("書き換え"))).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> responding.respond(expert, id, "自分で回答")).isInstanceOf(AccessDenied.class);
		giving.edit(expert, id, onKpi("直した意見"));
		assertThat(records.opinion(id).orElseThrow().text()).isEqualTo("直した意見");

		responding.respond(planner, id, "担い手育成の補助を拡充します。");
		assertThatThrownBy(() -> giving.edit(expert, id, onKpi("回答後の書き換え"))).isInstanceOf(Refused.class)
			.satisfies(ex -> assertThat(((Refused) ex).refusal()).isInstanceOf(Refusal.Conflict.class));
		assertThatThrownBy(() -> giving.remove(planner, id)).isInstanceOf(Refused.class);
		Opinion kept = records.opinion(id).orElseThrow();
		assertThat(kept.text()).isEqualTo("直した意見");
		assertThat(kept.response()).isEqualTo("担い手育成の補助を拡充します。");
		assertThat(kept.respondedBy()).isEqualTo(planner.login());
	}

	@Test
	void theFollowUpNextYear_isShownBesideTheOriginalOpinion_andNeedsTheResponseFirst() {
		long id = giving.give(expert, plan, R5, new OpinionForm("plan", null, "2023-10-20", "移住施策の効果を検証されたい。"));
		FollowUpForm done = new FollowUpForm("done", "移住相談の件数を四半期ごとに公表した。");
		assertThatThrownBy(() -> responding.followUp(planner, id, done)).isInstanceOf(Refused.class)
			.satisfies(ex -> assertThat(((Refused) ex).refusal()).isInstanceOf(Refusal.Conflict.class));
		responding.respond(planner, id, "相談件数を定期的に公表します。");
		assertThat(problems(() -> responding.followUp(planner, id, new FollowUpForm("finished", null))))
			.extracting(FieldProblem::field)
			.containsExactly("followUp");
		assertThatThrownBy(() -> responding.followUp(expert, id, done)).isInstanceOf(AccessDenied.class);
		responding.followUp(planner, id, done);

		// on R6's page, last year's opinion with its response and follow-up
		OpinionLine previous = query.of(planner, plan, R6)
			.previous()
			.stream()
			.filter(l -> l.opinion().id() == id)
			.findFirst()
			.orElseThrow();
		assertThat(previous.opinion().response()).isEqualTo("相談件数を定期的に公表します。");
		assertThat(previous.opinion().followUp()).isEqualTo(FollowUp.DONE);
		assertThat(previous.opinion().followUpNote()).isEqualTo("移住相談の件数を四半期ごとに公表した。");
		assertThat(previous.subjectTitle()).isEqualTo("道央広域連携地域政策展開方針（空知地域）の推進管理");
		assertThat(audit.of(AuditSubject.plan(plan)).get(0).action()).isEqualTo(AuditAction.OPINION_FOLLOWED_UP);
	}

	@Test
	void theEffectForm_showsTheKpiListsTargetAndActual_andTakesOnlyTheListsChoices() {
		List<EffectLine> before = query.of(planner, plan, R6).effects();
		// 7 unique KPIs in the Sorachi policy (再掲 once)
		assertThat(before).hasSize(7);
		EffectLine row = before.stream().filter(l -> l.kpiId() == cultivated.id()).findFirst().orElseThrow();
		assertThat(row.name()).isEqualTo("空知の耕作面積の維持");
		assertThat(row.target().text()).isEqualTo("113,600ha");
		assertThat(row.target().yearLabel()).isEqualTo("R7");
		assertThat(row.actual().text()).isEqualTo("113,500ha");

		assertThat(problems(() -> verifying.assess(planner, plan, R6, cultivated.id(),
				new EffectForm("great", null, "continue", " "))))
			.extracting(FieldProblem::field)
			.containsExactly("effect", "policyReason");
		long foreignKpi = kpis.findByPlan(otherPlan).get(0).id();
		assertThat(problems(
				() -> verifying.assess(planner, plan, R6, foreignKpi, new EffectForm("effective", null, null, null))))
			.extracting(FieldProblem::field)
			.containsExactly("kpi");
		assertThatThrownBy(() -> verifying.assess(expert, plan, R6, cultivated.id(),
				new EffectForm("effective", null, null, null)))
			.isInstanceOf(AccessDenied.class);
		assertThat(records.effect(plan, R6, cultivated.id())).isEmpty();

		verifying.assess(planner, plan, R6, cultivated.id(),
				new EffectForm("considerable", "目標値に近い水準を維持している。", "continue", "担い手確保と併せて維持を図る。"));
		EffectAssessment assessed = records.effect(plan, R6, cultivated.id()).orElseThrow();
		assertThat(assessed.effect()).isEqualTo(ProjectEffect.CONSIDERABLE);
		assertThat(assessed.policy()).isEqualTo(FuturePolicy.CONTINUE);
		assertThat(audit.of(AuditSubject.plan(plan)).get(0).action()).isEqualTo(AuditAction.EFFECT_ASSESSED);

		// an empty row clears it
		verifying.assess(planner, plan, R6, cultivated.id(), new EffectForm("", " ", "", ""));
		assertThat(records.effect(plan, R6, cultivated.id())).isEmpty();
	}

	@Test
	void theDocuments_showThePublicOnlyRespondedOpinionsAndAssessedRows_andWorkingReadersEverything() {
		FiscalYear r4 = FiscalYear.of(2022);
		long answered = giving.give(expert, plan, r4, new OpinionForm("plan", null, "2022-10-14", "回答される意見"));
		long open = giving.give(expert, plan, r4, new OpinionForm("plan", null, "2022-10-14", "まだ回答のない意見"));
		responding.respond(planner, answered, "対応します。");
		verifying.assess(planner, plan, r4, cultivated.id(),
				new EffectForm("effective", "おおむね維持", "continue", "維持を図る。"));

		assertThat(reviews.opinions(Viewer.PUBLIC, plan, r4)).extracting(YearReview.Opinion::id)
			.contains(answered)
			.doesNotContain(open);
		assertThat(reviews.opinions(expert, plan, r4)).extracting(YearReview.Opinion::id).contains(answered, open);
		assertThat(reviews.opinions(stranger, plan, r4)).extracting(YearReview.Opinion::id).doesNotContain(open);
		YearReview.Opinion printed = reviews.opinions(Viewer.PUBLIC, plan, r4)
			.stream()
			.filter(o -> o.id() == answered)
			.findFirst()
			.orElseThrow();
		assertThat(printed.subjectKind()).isEqualTo("plan");
		assertThat(printed.yearLabel()).isEqualTo("R4");
		assertThat(printed.response()).isEqualTo("対応します。");

		List<YearReview.EffectRow> publicRows = reviews.effects(Viewer.PUBLIC, plan, r4);
		assertThat(publicRows).extracting(YearReview.EffectRow::kpiId).containsExactly(cultivated.id());
		assertThat(publicRows.get(0).effectLabel()).isEqualTo("地方創生に効果があった");
		assertThat(publicRows.get(0).policyLabel()).isEqualTo("継続");
		assertThat(reviews.effects(planner, plan, r4)).hasSize(7);
		// the report's PDCA part gathers them
		assertThat(gathering.of(planner, plan, r4).opinions()).extracting(YearReview.Opinion::id)
			.contains(answered, open);
	}

	static List<FieldProblem> problems(Runnable action) {
		try {
			action.run();
		}
		catch (Refused refused) {
			if (refused.refusal() instanceof Refusal.Invalid invalid) {
				return invalid.problems();
			}
			throw refused;
		}
		throw new AssertionError("not refused");
	}

}
