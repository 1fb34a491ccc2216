package jp.suishin.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.access.AccessDenied;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.AddingNode;
import jp.suishin.authoring.AddingProgram;
import jp.suishin.authoring.CreatingPlan;
import jp.suishin.authoring.EditingPlan;
import jp.suishin.authoring.NodeForm;
import jp.suishin.authoring.PlanForm;
import jp.suishin.authoring.ProgramForm;
import jp.suishin.document.GatheringReview;
import jp.suishin.donation.DonationForm;
import jp.suishin.donation.RecordingDonations;
import jp.suishin.document.YearReview;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.DonationBudget;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import jp.suishin.progress.Schemes;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Evaluating the Sorachi bureau's program 北海道空知魅力発信事業 through every stage of the
 * installation (担当 → 課長 → 部長 → 外部有識者) and the decision, with its cost against figures
 * worked out by hand, and every refusal leaving nothing stored: on the embedded database
 * ({@link EvaluatingProgramsOnEmbeddedDatabaseTests}) and on PostgreSQL
 * ({@link EvaluatingProgramsOnPostgresTests}). Each test takes a fiscal year of its own
 * (a sheet is one per program and year).
 */
abstract class EvaluatingProgramsContract {

	static final FiscalYear R3 = FiscalYear.of(2021);

	static final FiscalYear R4 = FiscalYear.of(2022);

	static final FiscalYear R5 = FiscalYear.of(2023);

	static final FiscalYear R6 = FiscalYear.of(2024);

	@Autowired
	EvaluatingPrograms evaluating;

	@Autowired
	ConfiguringEvaluation configuring;

	@Autowired
	ReviewingPrograms reviewing;

	@Autowired
	EvaluationSheets sheets;

	@Autowired
	EvaluationSettings settings;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestAccounts accounts;

	@Autowired
	GatheringReview gathering;

	@Autowired
	CreatingPlan creatingPlan;

	@Autowired
	AddingNode addingNode;

	@Autowired
	AddingProgram addingProgram;

	@Autowired
	RecordingDonations recordingDonations;

	@Autowired
	LatestFullCost latestFullCost;

	@Autowired
	EditingPlan editingPlan;

	long plan;

	Program program;

	Kpi followers;

	Kpi visitors;

	Viewer planner;

	Viewer department;

	Viewer otherDepartment;

	Viewer chief;

	Viewer director;

	Viewer expert;

	Viewer stranger;

	long departmentId;

	List<EvaluationStage> stages;

	@BeforeEach
	void sorachi() {
		plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		PlanTree tree = plans.tree(plan).orElseThrow();
		program = tree.inReadingOrder()
			.stream()
			.flatMap(n -> tree.programs(n.id()).stream())
			.filter(p -> p.name().equals("北海道空知魅力発信事業"))
			.findFirst()
			.orElseThrow();
		followers = kpis.findByPlan(plan)
			.stream()
			.filter(k -> k.key().equals("sorachi-sns-followers"))
			.findFirst()
			.orElseThrow();
		visitors = kpis.findByPlan(plan)
			.stream()
			.filter(k -> k.key().equals("sorachi-tourist-visitors"))
			.findFirst()
			.orElseThrow();
		planner = accounts.account("ev-planner", "sorachi-bureau", Role.PLANNER);
		department = accounts.editor("ev-department", "sorachi-bureau", "地域創生部地域政策課");
		otherDepartment = accounts.editor("ev-other-department", "sorachi-bureau", "商工労働観光課");
		departmentId = accounts.department("sorachi-bureau", "地域創生部地域政策課").id();
		chief = accounts.account("ev-chief", "sorachi-bureau", Role.SECTION_CHIEF);
		director = accounts.account("ev-director", "sorachi-bureau", Role.DIRECTOR);
		expert = accounts.account("ev-expert", "sorachi-bureau", Role.EXPERT);
		stranger = accounts.account("ev-stranger", "yubari", Role.PLANNER);
		configuring.setPersonnelCost(accounts.administrator("ev-admin"), "8,000");
		stages = settings.stages();
		assertThat(stages).extracting(EvaluationStage::role)
			.containsExactly(Role.DEPARTMENT_EDITOR, Role.SECTION_CHIEF, Role.DIRECTOR, Role.EXPERT);
	}

	SheetForm sheetForm(String generalFund) {
		return new SheetForm("空知の認知度を高める", "首都圏等の住民", "SNS・イベントでの情報発信", "空知への関心と来訪を増やす", String.valueOf(departmentId),
				List.of(String.valueOf(followers.id())), List.of(String.valueOf(visitors.id())), "12,000", generalFund,
				"5,000", "", "0.5");
	}

	static StageForm verdict(String reason) {
		return new StageForm("4", "3", "3", "improve", reason, null);
	}

	@Test
	void aSheetGoesThroughEveryStageInOrder_andThePlannerDecides_withTheCostWorkedOutByHand() {
		int entries = audit.of(AuditSubject.plan(plan)).size();
		evaluating.open(planner, program.id(), R6, String.valueOf(departmentId));
		evaluating.edit(department, program.id(), R6, sheetForm("7,000"));
		evaluating.complete(department, program.id(), R6, stages.get(0).id(), verdict("担当として継続が必要"));
		evaluating.complete(chief, program.id(), R6, stages.get(1).id(), verdict("課として改善を求める"));
		evaluating.complete(director, program.id(), R6, stages.get(2).id(), verdict("部として了承"));
		// the public does not see a sheet in progress
		assertThat(reviewing.of(Viewer.PUBLIC, new ProgramOfPlan(program, plans.findById(plan).orElseThrow()), R6))
			.isEmpty();
		evaluating.complete(expert, program.id(), R6, stages.get(3).id(),
				new StageForm("4", "4", "2", "continue", "発信の効果が出ている", "費用対効果の検証を"));
		// every stage completed, no decision yet: still not the public's (nor the
		// edition's), and no フルコスト in front of the logic model either
		assertThat(reviewing.of(Viewer.PUBLIC, new ProgramOfPlan(program, plans.findById(plan).orElseThrow()), R6))
			.isEmpty();
		assertThat(reviewing.of(Viewer.PUBLIC, plan, R6)).extracting(YearReview.ProgramReview::programId)
			.doesNotContain(program.id());
		assertThat(reviewing.of(planner, plan, R6)).extracting(YearReview.ProgramReview::programId)
			.contains(program.id());
		evaluating.decide(planner, program.id(), R6,
				new DecisionForm("improve", "SNS中心に改善して継続", "R8予算で500千円減額", "2025-10-20"));

		YearReview.ProgramReview review = reviewing.of(planner, plan, R6)
			.stream()
			.filter(r -> r.programId() == program.id())
			.findFirst()
			.orElseThrow();
		assertThat(review.complete()).isTrue();
		assertThat(review.purpose()).isEqualTo("空知の認知度を高める");
		assertThat(review.indicators()).extracting(YearReview.Indicator::kind, YearReview.Indicator::kpiKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("activity", "sorachi-sns-followers"),
					org.assertj.core.groups.Tuple.tuple("outcome", "sorachi-tourist-visitors"));
		assertThat(review.indicators().get(0).actual().value()).isEqualByComparingTo("28672");
		YearReview.Cost cost = review.cost();
		assertThat(cost.programCost().text()).isEqualTo("12,000千円");
		assertThat(cost.donations().text()).isEqualTo("0千円");
		// 0.5 人工 × 8,000千円 = 4,000千円; 12,000 + 4,000 = 16,000千円
		assertThat(cost.personnelCost().value()).isEqualByComparingTo("4000");
		assertThat(cost.fullCost().value()).isEqualByComparingTo("16000");
		// 16,000,000円 ÷ 28,672人 = 558.04円 → 558円
		assertThat(cost.unitCost().text()).isEqualTo("558円");
		assertThat(review.stages()).extracting(YearReview.Stage::name, YearReview.Stage::author)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("担当評価", "ev-department"),
					org.assertj.core.groups.Tuple.tuple("課長評価", "ev-chief"),
					org.assertj.core.groups.Tuple.tuple("部長評価", "ev-director"),
					org.assertj.core.groups.Tuple.tuple("外部有識者評価", "ev-expert"));
		assertThat(review.stages().get(3).efficiency()).isEqualTo(2);
		assertThat(review.stages().get(3).directionLabel()).isEqualTo("継続");
		assertThat(review.decision().directionLabel()).isEqualTo("改善して継続");
		assertThat(review.decision().budgetConsequence()).isEqualTo("R8予算で500千円減額");
		assertThat(review.decision().decidedOn()).hasToString("2025-10-20");

		// the public sees the completed sheet and the decision, without the evaluators'
		// logins
		YearReview.ProgramReview published = reviewing.of(Viewer.PUBLIC, plan, R6)
			.stream()
			.filter(r -> r.programId() == program.id())
			.findFirst()
			.orElseThrow();
		assertThat(published.stages()).hasSize(4).allSatisfy(s -> assertThat(s.author()).isNull());
		assertThat(published.decision().decidedBy()).isNull();
		// the report document gathers it through the port (document.ProgramReviews)
		assertThat(gathering.of(Viewer.PUBLIC, plan, R6).programs()).extracting(YearReview.ProgramReview::programId)
			.contains(program.id());
		assertThat(gathering.of(Viewer.PUBLIC, plan, R5).programs()).extracting(YearReview.ProgramReview::programId)
			.doesNotContain(program.id());

		List<AuditEntry> trail = audit.of(AuditSubject.plan(plan));
		assertThat(trail).hasSize(entries + 7);
		assertThat(trail.subList(0, 7)).extracting(AuditEntry::action)
			.containsExactly(AuditAction.EVALUATION_DECIDED, AuditAction.EVALUATION_STAGE_COMPLETED,
					AuditAction.EVALUATION_STAGE_COMPLETED, AuditAction.EVALUATION_STAGE_COMPLETED,
					AuditAction.EVALUATION_STAGE_COMPLETED, AuditAction.EVALUATION_SHEET_EDITED,
					AuditAction.EVALUATION_SHEET_OPENED);
		assertThat(trail.get(4).detail()).endsWith("担当評価");
		assertThat(trail.get(4).actor()).isEqualTo("ev-department");
	}

	@Test
	void stagesOutOfOrder_wrongRoles_badRatings_andEarlyDecisions_areRefused_leavingNothingStored() {
		evaluating.open(planner, program.id(), R5, String.valueOf(departmentId));
		evaluating.edit(department, program.id(), R5, sheetForm("7,000"));
		int entries = audit.of(AuditSubject.plan(plan)).size();
		EvaluationStage first = stages.get(0);
		EvaluationStage second = stages.get(1);

		// 課長 before 担当: out of order, naming the stage
		assertThatThrownBy(() -> evaluating.complete(chief, program.id(), R5, second.id(), verdict("早すぎる")))
			.isInstanceOfSatisfying(Refused.class,
					r -> assertThat(((Refusal.Invalid) r.refusal()).problems()).singleElement().satisfies(p -> {
						assertThat(p.field()).isEqualTo("stage");
						assertThat(p.problem().messageKey()).isEqualTo("evaluation.stage.out-of-order");
						assertThat(p.problem().arguments()).containsExactly("課長評価", "担当評価");
					}));
		// 担当 by another department, by the director, by the planner: not theirs
		for (Viewer notTheirs : List.of(otherDepartment, director, planner)) {
			assertThatThrownBy(() -> evaluating.complete(notTheirs, program.id(), R5, first.id(), verdict("x")))
				.as(notTheirs.login())
				.isInstanceOf(AccessDenied.class);
		}
		// another organisation's planner is told there is no sheet
		assertThatThrownBy(() -> evaluating.complete(stranger, program.id(), R5, first.id(), verdict("x")))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isInstanceOf(Refusal.NotFound.class));
		assertThatThrownBy(() -> evaluating.edit(stranger, program.id(), R5, sheetForm("7,000")))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isInstanceOf(Refusal.NotFound.class));
		assertThatThrownBy(() -> evaluating.edit(otherDepartment, program.id(), R5, sheetForm("7,000")))
			.isInstanceOf(AccessDenied.class);
		// ratings outside the scale and a direction not in the list
		assertThatThrownBy(() -> evaluating.complete(department, program.id(), R5, first.id(),
				new StageForm("5", "0", "3", "stop", "理由", null)))
			.isInstanceOfSatisfying(Refused.class,
					r -> assertThat(((Refusal.Invalid) r.refusal()).problems()).extracting(p -> p.field())
						.containsExactly("necessity", "effectiveness", "direction"));
		// a decision before the last stage
		assertThatThrownBy(
				() -> evaluating.decide(planner, program.id(), R5, new DecisionForm("continue", "理由", null, null)))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isInstanceOf(Refusal.Conflict.class));
		// a second sheet of the same year
		assertThatThrownBy(() -> evaluating.open(planner, program.id(), R5, String.valueOf(departmentId)))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isInstanceOf(Refusal.Conflict.class));
		assertThat(sheets.find(program.id(), R5).orElseThrow().stages()).isEmpty();
		assertThat(audit.of(AuditSubject.plan(plan))).hasSize(entries);

		// once 担当 is completed, the sheet's content is read-only and 担当 is not done twice
		evaluating.complete(department, program.id(), R5, first.id(), verdict("担当として継続"));
		assertThatThrownBy(() -> evaluating.edit(department, program.id(), R5, sheetForm("7,000")))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isInstanceOf(Refusal.Conflict.class));
		assertThatThrownBy(() -> evaluating.complete(department, program.id(), R5, first.id(), verdict("もう一度")))
			.isInstanceOfSatisfying(Refused.class,
					r -> assertThat(((Refusal.Invalid) r.refusal()).problems().get(0).problem().messageKey())
						.isEqualTo("evaluation.stage.already-completed"));
		assertThat(sheets.find(program.id(), R5).orElseThrow().stages()).hasSize(1);
		assertThat(audit.of(AuditSubject.plan(plan))).hasSize(entries + 1);
	}

	@Test
	void theDonationsDesignatedToTheProgram_areItsDonationFunding_andTheSourcesMustAddUpToTheProgramCost() {
		OwnProgram own = ownProgram();
		long funded = own.program();
		// designated in R4 (April 2022 – March 2023): 300 + 200 = 500千円
		recordingDonations.record(planner, own.plan(),
				new DonationForm("株式会社評価テスト", "2022-06-01", "300", String.valueOf(funded), false, false));
		recordingDonations.record(planner, own.plan(),
				new DonationForm("株式会社評価テスト二", "2023-03-15", "200", String.valueOf(funded), true, false));
		// not the program's R4 funding: designated in R5 (2023-04-01), and one designated
		// to no program
		recordingDonations.record(planner, own.plan(),
				new DonationForm("株式会社評価テスト", "2023-04-01", "1,000", String.valueOf(funded), false, false));
		recordingDonations.record(planner, own.plan(),
				new DonationForm("株式会社指定なし", "2022-07-01", "400", null, false, false));

		evaluating.open(planner, funded, R4, String.valueOf(departmentId));
		// 7,000 + 5,000 + 500 (donations in R4) = 12,500 ≠ 12,000
		assertThatThrownBy(() -> evaluating.edit(department, funded, R4, ownSheetForm("7,000"))).isInstanceOfSatisfying(
				Refused.class,
				r -> assertThat(((Refusal.Invalid) r.refusal()).problems()).singleElement().satisfies(p -> {
					assertThat(p.field()).isEqualTo("generalFund");
					// 12,000 − 5,000 − 500 = 6,500
					assertThat(p.problem().arguments()).containsExactly("12,000千円", "12,500千円", "500千円", "6,500千円");
				}));
		assertThat(sheets.find(funded, R4).orElseThrow().content().programCost()).isNull();
		evaluating.edit(department, funded, R4, ownSheetForm("6,500"));
		YearReview.Cost cost = reviewing.of(planner, own.plan(), R4)
			.stream()
			.filter(r -> r.programId() == funded)
			.findFirst()
			.orElseThrow()
			.cost();
		assertThat(cost.donations().text()).isEqualTo("500千円");
		assertThat(cost.generalFund().text()).isEqualTo("6,500千円");
	}

	@Test
	void aCompletedSheetWithoutAFullCost_putsNoFullCostInFrontOfTheLogicModel() {
		long own = ownProgram().program();
		evaluating.open(planner, own, R4, String.valueOf(departmentId));
		// 事業費 without 人工: no 人件費, hence no フルコスト
		evaluating.edit(department, own, R4, new SheetForm("目的", null, null, null, String.valueOf(departmentId),
				List.of(), List.of(), "12,000", "7,000", "5,000", "", ""));
		completeEveryStage(own, R4);
		assertThat(latestFullCost.of(own)).isEmpty();
		// nor without 事業費
		evaluating.open(planner, own, R5, String.valueOf(departmentId));
		evaluating.edit(department, own, R5, new SheetForm("目的", null, null, null, String.valueOf(departmentId),
				List.of(), List.of(), "", "", "", "", "0.5"));
		completeEveryStage(own, R5);
		assertThat(latestFullCost.of(own)).isEmpty();
		// with both: 12,000 + 0.5 人工 × 8,000千円 = 16,000千円
		evaluating.open(planner, own, R6, String.valueOf(departmentId));
		evaluating.edit(department, own, R6, ownSheetForm("7,000"));
		completeEveryStage(own, R6);
		assertThat(latestFullCost.of(own)).contains("フルコスト 16,000千円（R6年度）");
	}

	@Test
	void theSheetsOfAnArchivedPlan_areNeitherWrittenNorEvaluated() {
		OwnProgram own = ownProgram();
		evaluating.open(planner, own.program(), R4, String.valueOf(departmentId));
		evaluating.edit(department, own.program(), R4, ownSheetForm("7,000"));
		editingPlan.archive(planner, own.plan());
		int entries = audit.of(AuditSubject.plan(own.plan())).size();
		assertThatThrownBy(() -> evaluating.edit(department, own.program(), R4, ownSheetForm("6,000")))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal())
				.isEqualTo(new Refusal.Conflict(jp.suishin.refusal.Problem.of("evaluation.plan.archived"))));
		assertThatThrownBy(
				() -> evaluating.complete(department, own.program(), R4, stages.get(0).id(), verdict("アーカイブ後")))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal())
				.isEqualTo(new Refusal.Conflict(jp.suishin.refusal.Problem.of("evaluation.plan.archived"))));
		EvaluationSheet kept = sheets.find(own.program(), R4).orElseThrow();
		assertThat(kept.stages()).isEmpty();
		assertThat(kept.content().generalFund()).isEqualByComparingTo("7000");
		assertThat(audit.of(AuditSubject.plan(own.plan()))).hasSize(entries);
	}

	@Test
	void onlyAPlanner_movesASheetToAnotherDepartment() {
		long own = ownProgram().program();
		long other = accounts.department("sorachi-bureau", "商工労働観光課").id();
		evaluating.open(planner, own, R4, String.valueOf(departmentId));
		int entries = audit
			.of(AuditSubject.plan(plans.planOfNode(plans.findProgram(own).orElseThrow().nodeId()).orElseThrow()))
			.size();
		SheetForm moved = ownSheetForm("7,000").withDepartment(String.valueOf(other));
		assertThatThrownBy(() -> evaluating.edit(department, own, R4, moved)).isInstanceOfSatisfying(Refused.class,
				r -> assertThat(((Refusal.Invalid) r.refusal()).problems()).singleElement().satisfies(p -> {
					assertThat(p.field()).isEqualTo("department");
					assertThat(p.problem().messageKey()).isEqualTo("evaluation.department.planners-only");
				}));
		EvaluationSheet kept = sheets.find(own, R4).orElseThrow();
		assertThat(kept.content().departmentId()).isEqualTo(departmentId);
		assertThat(kept.content().programCost()).isNull();
		// the department's own department comes back as it is
		evaluating.edit(department, own, R4, ownSheetForm("7,000"));
		assertThat(sheets.find(own, R4).orElseThrow().content().programCost()).isEqualByComparingTo("12000");
		// the planner moves it
		evaluating.edit(planner, own, R4, moved);
		assertThat(sheets.find(own, R4).orElseThrow().content().departmentId()).isEqualTo(other);
		assertThat(audit
			.of(AuditSubject.plan(plans.planOfNode(plans.findProgram(own).orElseThrow().nodeId()).orElseThrow())))
			.hasSize(entries + 2);
	}

	@Test
	void aSheetKeepsTheDonationsAndPersonnelCostItWasEvaluatedOn() {
		OwnProgram own = ownProgram();
		Viewer admin = accounts.administrator("ev-admin");
		recordingDonations.record(planner, own.plan(),
				new DonationForm("株式会社凍結テスト", "2022-06-01", "300", String.valueOf(own.program()), false, false));
		evaluating.open(planner, own.program(), R4, String.valueOf(departmentId));
		evaluating.open(planner, own.program(), R5, String.valueOf(departmentId));
		// 12,000 − 5,000 − 300 (donated in R4) = 6,700
		evaluating.edit(department, own.program(), R4, ownSheetForm("6,700"));
		evaluating.edit(department, own.program(), R5, ownSheetForm("7,000"));
		evaluating.complete(department, own.program(), R4, stages.get(0).id(), verdict("担当として継続"));
		try {
			// after R4's first stage: 200 more designated in R4, and a personnel cost of
			// 9,000
			recordingDonations.record(planner, own.plan(),
					new DonationForm("株式会社凍結テスト", "2022-09-01", "200", String.valueOf(own.program()), false, false));
			configuring.setPersonnelCost(admin, "9,000");

			YearReview.Cost r4 = cost(own, R4);
			assertThat(r4.donations().text()).isEqualTo("300千円");
			assertThat(r4.averagePersonnelCost().text()).isEqualTo("8,000千円");
			// 0.5 人工 × 8,000千円 = 4,000千円; 12,000 + 4,000 = 16,000千円
			assertThat(r4.personnelCost().value()).isEqualByComparingTo("4000");
			assertThat(r4.fullCost().value()).isEqualByComparingTo("16000");
			assertThat(evaluating.donated(ProgramOfPlan.find(plans, own.program()), R4)).isEqualTo("300千円");
			// the R5 sheet, not evaluated yet, takes today's: 0.5 × 9,000 = 4,500千円
			YearReview.Cost r5 = cost(own, R5);
			assertThat(r5.personnelCost().value()).isEqualByComparingTo("4500");
			assertThat(r5.fullCost().value()).isEqualByComparingTo("16500");
			// and the later stages do not freeze again
			evaluating.complete(chief, own.program(), R4, stages.get(1).id(), verdict("課として継続"));
			assertThat(cost(own, R4).fullCost().value()).isEqualByComparingTo("16000");
			assertThat(cost(own, R4).donations().text()).isEqualTo("300千円");
		}
		finally {
			configuring.setPersonnelCost(admin, "8,000");
		}
	}

	YearReview.Cost cost(OwnProgram own, FiscalYear year) {
		return reviewing.of(planner, own.plan(), year)
			.stream()
			.filter(r -> r.programId() == own.program())
			.findFirst()
			.orElseThrow()
			.cost();
	}

	@Test
	void aSheetOpenedTwiceAtOnce_isAConflict_andTwoCompletingTheSameStage_takeTurns() throws Exception {
		long own = ownProgram().program();
		sheets.open(own, R4, SheetContent.opened(departmentId, Unit.of("千円")), "ev-planner");
		// the second insert of (program, year), as when two planners open it at once
		assertThatThrownBy(() -> sheets.open(own, R4, SheetContent.opened(departmentId, Unit.of("千円")), "ev-planner"))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal())
				.isEqualTo(new Refusal.Conflict(jp.suishin.refusal.Problem.of("evaluation.sheet.exists", "R4"))));

		// two completing 担当 at the same moment: one does, the other is told it is done
		// (no duplicate row, no server error)
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<Object>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				String reason = "同時" + i;
				results.add(pool.submit(() -> {
					start.await();
					try {
						evaluating.complete(department, own, R4, stages.get(0).id(), verdict(reason));
						return "done";
					}
					catch (Refused refused) {
						return refused;
					}
				}));
			}
			start.countDown();
			List<Object> outcomes = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<Object> result : results) {
				outcomes.add(result.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(outcomes).filteredOn("done"::equals).hasSize(1);
			assertThat(outcomes).filteredOn(o -> o instanceof Refused)
				.singleElement()
				.satisfies(o -> assertThat(
						((Refusal.Invalid) ((Refused) o).refusal()).problems().get(0).problem().messageKey())
					.isEqualTo("evaluation.stage.already-completed"));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(sheets.find(own, R4).orElseThrow().stages()).hasSize(1);
	}

	/** Every stage by its role, and the planner's decision. */
	void completeEveryStage(long programId, FiscalYear year) {
		List<Viewer> by = List.of(department, chief, director, expert);
		for (int i = 0; i < stages.size(); i++) {
			evaluating.complete(by.get(i), programId, year, stages.get(i).id(), verdict("段階" + (i + 1)));
		}
		evaluating.decide(planner, programId, year, new DecisionForm("continue", "継続する", null, "2025-10-20"));
	}

	record OwnProgram(long plan, long program) {
	}

	/**
	 * A plan of the bureau's own (FY2021–FY2025, no KPIs) with a budget guide of
	 * 10,000千円, so that donations can be recorded for real, and one program.
	 */
	OwnProgram ownProgram() {
		long own = creatingPlan.create(planner,
				new PlanForm(accounts.organisation("sorachi-bureau"), "評価試験計画 " + System.nanoTime(), "2021", "2025",
						List.of("基本目標"), null, null),
				new CreatingPlan.PlanSettings(null, Schemes.DEFAULT, BaselinePolicy.REVISED,
						new DonationBudget(new BigDecimal("10000"), Unit.of("千円"), FiscalPeriod.of(2021, 2025), null)));
		long node = addingNode.add(planner, own, null, new NodeForm("試験の目標", null, null, null, null, List.of()));
		return new OwnProgram(own, addingProgram.add(planner, node, new ProgramForm("評価試験事業", null, null, null)));
	}

	/** The sheet of a program of a plan without KPIs: no indicators. */
	SheetForm ownSheetForm(String generalFund) {
		return new SheetForm("寄附で事業を支える", "市民", "寄附の活用", "事業の継続", String.valueOf(departmentId), List.of(), List.of(),
				"12,000", generalFund, "5,000", "", "0.5");
	}

	@Test
	void aYearOutsideThePlan_andADepartmentOfAnotherOrganisation_areRefusedByField() {
		long yubariDepartment = accounts.department("yubari", "ev 夕張の課").id();
		assertThatThrownBy(() -> evaluating.open(planner, program.id(), R3, String.valueOf(yubariDepartment)))
			.isInstanceOfSatisfying(Refused.class,
					r -> assertThat(((Refusal.Invalid) r.refusal()).problems()).extracting(p -> p.field())
						.containsExactly("department"));
		assertThatThrownBy(
				() -> evaluating.open(planner, program.id(), FiscalYear.of(2030), String.valueOf(departmentId)))
			.isInstanceOfSatisfying(Refused.class,
					r -> assertThat(((Refusal.Invalid) r.refusal()).problems()).extracting(p -> p.field())
						.containsExactly("year"));
		assertThatThrownBy(() -> evaluating.open(stranger, program.id(), R3, String.valueOf(departmentId)))
			.isInstanceOf(AccessDenied.class);
		assertThat(sheets.find(program.id(), R3)).isEmpty();
	}

}
