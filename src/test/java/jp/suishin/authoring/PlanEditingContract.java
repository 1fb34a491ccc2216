package jp.suishin.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jp.suishin.TestAccounts;
import jp.suishin.access.AccessDenied;
import jp.suishin.account.Role;
import jp.suishin.activity.ActivityForm;
import jp.suishin.activity.ActivityRecords;
import jp.suishin.activity.RecordingActivities;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.KpiListing;
import jp.suishin.collection.ValueEntryGate;
import jp.suishin.evaluation.CompletedStage;
import jp.suishin.evaluation.EvaluatingPrograms;
import jp.suishin.evaluation.EvaluationSettings;
import jp.suishin.evaluation.EvaluationSheet;
import jp.suishin.evaluation.EvaluationSheets;
import jp.suishin.evaluation.EvaluationStage;
import jp.suishin.evaluation.SheetForm;
import jp.suishin.evaluation.StageForm;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.kpi.NewKpi;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.NewPlan;
import jp.suishin.plan.NewPlanNode;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.progress.Schemes;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import jp.suishin.storage.PlanVersions;
import jp.suishin.verification.EffectAssessment;
import jp.suishin.verification.EffectForm;
import jp.suishin.verification.GivingOpinions;
import jp.suishin.verification.Opinion;
import jp.suishin.verification.OpinionForm;
import jp.suishin.verification.OpinionSubject;
import jp.suishin.verification.VerificationRecords;
import jp.suishin.verification.VerifyingEffects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editing a plan, its tree and its KPIs through the use cases, on a real database:
 * archived versus deleted, moves without cycles and with depths, reordering, who may, the
 * audit trail and the stamps of the page cache. Run by
 * {@link PlanEditingOnEmbeddedDatabaseTests} always and
 * {@link PlanEditingOnPostgresTests} when PostgreSQL is configured.
 */
abstract class PlanEditingContract {

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	AuditTrail audit;

	@Autowired
	PlanVersions versions;

	@Autowired
	TestAccounts accounts;

	@Autowired
	EditingPlan editingPlan;

	@Autowired
	EditingPlanTree editingTree;

	@Autowired
	EditingKpi editingKpi;

	@Autowired
	RemovingKpi removingKpi;

	@Autowired
	ValueEntryGate gate;

	@Autowired
	AddingKpi addingKpi;

	@Autowired
	EvaluatingPrograms evaluating;

	@Autowired
	EvaluationSheets sheets;

	@Autowired
	EvaluationSettings evaluationSettings;

	@Autowired
	GivingOpinions giving;

	@Autowired
	RecordingActivities recordingActivities;

	@Autowired
	ActivityRecords activities;

	@Autowired
	VerifyingEffects verifying;

	@Autowired
	VerificationRecords verification;

	String key;

	long plan;

	Viewer planner;

	Viewer otherPlanner;

	/** 基本目標 goal1 (measure1 (program), measure2), goal2. */
	long goal1;

	long measure1;

	long measure2;

	long goal2;

	long program;

	@BeforeEach
	void aPlanWithATree() {
		key = UUID.randomUUID().toString().substring(0, 8);
		organisations.add(new NewOrganization("own-" + key, "編集市" + key, OrganizationKind.COUNCIL, null, null));
		organisations.add(new NewOrganization("other-" + key, "他市" + key, OrganizationKind.COUNCIL, null, null));
		long owner = accounts.organisation("own-" + key);
		planner = accounts.account("planner-" + key, "own-" + key, Role.PLANNER);
		otherPlanner = accounts.account("other-" + key, "other-" + key, Role.PLANNER);
		plan = plans
			.add(new NewPlan("edit-" + key, "総合戦略", owner, new FiscalPeriod(FiscalYear.of(2020), FiscalYear.of(2024)),
					List.of("基本目標", "施策"), null, null, null, Schemes.DEFAULT, BaselinePolicy.REVISED));
		goal1 = plans.addNode(new NewPlanNode(plan, null, 1, 1, "1", "しごとをつくる", null, null, List.of(), null));
		goal2 = plans.addNode(new NewPlanNode(plan, null, 1, 2, "2", "ひとを呼ぶ", null, null, List.of(), null));
		measure1 = plans.addNode(new NewPlanNode(plan, goal1, 2, 1, "(1)", "農業の担い手", null, null, List.of(), "農政課"));
		measure2 = plans.addNode(new NewPlanNode(plan, goal1, 2, 2, "(2)", "企業誘致", null, null, List.of(), null));
		program = plans.addProgram(measure1, 1, "新規就農支援", "農政課", null, null);
	}

	long kpi(long nodeId, String name) {
		long id = kpis.add(new NewKpi(plan, "k-" + key + "-" + name, name, Unit.of("人"), Direction.INCREASE,
				Aggregation.YEARLY, new Baseline(new BigDecimal("12"), FiscalYear.of(2019)),
				new Target(new BigDecimal("25"), FiscalYear.of(2024)), null, null));
		kpis.addListing(nodeId, id, 1, false);
		return id;
	}

	void value(long kpiId, int year, String amount) {
		kpis.saveValue(kpiId, FiscalYear.of(year), new Actual.Confirmed(new BigDecimal(amount), false), null, null,
				null, "test");
	}

	PlanTree tree() {
		return plans.tree(plan).orElseThrow();
	}

	List<AuditAction> planActions() {
		return audit.of(AuditSubject.plan(plan)).stream().map(AuditEntry::action).toList();
	}

	@Test
	void aKpiWithoutRecords_isDeleted_andThePlansTrailSaysSo() {
		long kpi = kpi(measure1, "新規就農者数");
		assertThat(removingKpi.remove(planner, kpi)).isEqualTo(EditingPlanTree.Removal.DELETED);
		assertThat(kpis.findById(kpi)).isEmpty();
		assertThat(kpis.listingsOfPlan(plan)).isEmpty();
		assertThat(planActions()).contains(AuditAction.KPI_REMOVED);
	}

	@Test
	void aKpiAddedAndReListedThroughTheUseCases_isStillDeleted_itsCreationEntriesAloneAreNoHistory() {
		long kpi = addingKpi.add(planner, measure1,
				new KpiForm("新規就農者数", "人", "増加", "単年", "12", "H30", "25", "R6", null, null));
		addingKpi.relist(planner, goal2, kpi);
		assertThat(audit.of(AuditSubject.kpi(kpi))).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder(AuditAction.KPI_ADDED, AuditAction.KPI_RELISTED);
		assertThat(removingKpi.remove(planner, kpi)).isEqualTo(EditingPlanTree.Removal.DELETED);
		assertThat(kpis.findById(kpi)).isEmpty();
		assertThat(audit.of(AuditSubject.kpi(kpi))).as("the trail keeps what it recorded").hasSize(2);
	}

	@Test
	void aKpiWithAValue_isArchived_leavesThePlan_butIsStillFoundWithItsHistory() {
		long kpi = kpi(measure1, "新規就農者数");
		kpis.addListing(goal2, kpi, 1, true);
		value(kpi, 2021, "14");
		assertThat(removingKpi.remove(planner, kpi)).isEqualTo(EditingPlanTree.Removal.ARCHIVED);
		assertThat(kpis.findById(kpi)).isPresent();
		assertThat(kpis.archivedAt(kpi)).isPresent();
		assertThat(kpis.values(kpi)).hasSize(1);
		assertThat(kpis.findByPlan(plan)).isEmpty();
		assertThat(kpis.listingsOfPlan(plan)).isEmpty();
		assertThat(kpis.valuesOfPlan(plan)).isEmpty();
		assertThat(kpis.findByPlans(List.of(plan))).isEmpty();
		// and takes no new value, on any channel: the one gate refuses it
		RecordingOutcome refused = gate.enter(planner, new ValueEntry(kpi, "R5", "15", null, null, null, null));
		assertThat(refused).isInstanceOfSatisfying(RecordingOutcome.Rejected.class,
				r -> assertThat(r.problems()).extracting(p -> p.problem().messageKey())
					.containsExactly("kpi.value.archived"));
		assertThat(kpis.values(kpi)).hasSize(1);
		assertThat(kpis.listingsOf(kpi)).extracting(KpiListing::relisted).containsExactly(false);
		assertThat(audit.of(AuditSubject.kpi(kpi))).extracting(AuditEntry::action)
			.contains(AuditAction.KPI_ARCHIVED, AuditAction.VALUE_SET);
		assertThatThrownBy(() -> removingKpi.remove(planner, kpi)).isInstanceOf(Refused.class);
	}

	@Test
	void aKpiWithOnlyAMilestone_isArchivedToo() {
		long kpi = kpi(measure1, "新規就農者数");
		kpis.saveMilestone(kpi, FiscalYear.of(2022), new BigDecimal("18"), "test");
		assertThat(removingKpi.remove(planner, kpi)).isEqualTo(EditingPlanTree.Removal.ARCHIVED);
	}

	@Test
	void aNodeMovedUnderAnotherGoal_takesItsSubtreesDepths_andTheSiblingsAreNumberedAgain() {
		long under = plans.addNode(new NewPlanNode(plan, measure1, 3, 1, null, "担い手の育成", null, null, List.of(), null));
		editingTree.moveNode(planner, measure1, goal2, 0);
		PlanTree tree = tree();
		assertThat(tree.node(measure1).orElseThrow().parentId()).isEqualTo(goal2);
		assertThat(tree.node(measure1).orElseThrow().depth()).isEqualTo(2);
		assertThat(tree.children(goal1)).extracting(PlanNode::id).containsExactly(measure2);
		assertThat(tree.children(goal1)).extracting(PlanNode::position).containsExactly(1);

		editingTree.moveNode(planner, measure1, null, 0);
		tree = tree();
		assertThat(tree.roots()).extracting(PlanNode::id).containsExactly(measure1, goal1, goal2);
		assertThat(tree.node(measure1).orElseThrow().depth()).isEqualTo(1);
		assertThat(tree.node(under).orElseThrow().depth()).isEqualTo(2);
		assertThat(planActions()).contains(AuditAction.NODE_MOVED);
	}

	@Test
	void aNodeCannotMoveUnderItselfOrItsDescendants() {
		long under = plans.addNode(new NewPlanNode(plan, measure1, 3, 1, null, "担い手の育成", null, null, List.of(), null));
		for (long parent : List.of(goal1, measure1, under)) {
			assertThatThrownBy(() -> editingTree.moveNode(planner, goal1, parent, 0)).isInstanceOfSatisfying(
					Refused.class,
					ex -> assertThat(((Refusal.Invalid) ex.refusal()).problems()).extracting(FieldProblem::field)
						.containsExactly("parentId"));
		}
		assertThat(tree().node(goal1).orElseThrow().parentId()).isNull();
		assertThat(tree().node(under).orElseThrow().depth()).isEqualTo(3);
	}

	@Test
	void siblingsReorderUpAndDown_andTheEndsStay() {
		editingTree.reorderNode(planner, measure2, -1);
		assertThat(tree().children(goal1)).extracting(PlanNode::id).containsExactly(measure2, measure1);
		editingTree.reorderNode(planner, measure2, -1);
		assertThat(tree().children(goal1)).extracting(PlanNode::id).containsExactly(measure2, measure1);
		editingTree.reorderNode(planner, goal1, 1);
		assertThat(tree().roots()).extracting(PlanNode::id).containsExactly(goal2, goal1);
	}

	@Test
	void aNodeWithoutRecords_isDeletedWithItsSubtreeProgramsAndKpis() {
		long kpi = kpi(measure1, "新規就農者数");
		assertThat(editingTree.removeNode(planner, goal1)).isEqualTo(EditingPlanTree.Removal.DELETED);
		assertThat(plans.findNode(goal1)).isEmpty();
		assertThat(plans.findNode(measure1)).isEmpty();
		assertThat(plans.findProgram(program)).isEmpty();
		assertThat(kpis.findById(kpi)).isEmpty();
		assertThat(tree().roots()).extracting(PlanNode::id).containsExactly(goal2);
		assertThat(tree().roots()).extracting(PlanNode::position).containsExactly(1);
		assertThat(planActions()).contains(AuditAction.NODE_REMOVED);
	}

	@Test
	void aNodeWhoseKpiHasAValue_isArchived_andAKpiReListedOutsideStaysAsItsOwn() {
		long recorded = kpi(measure1, "新規就農者数");
		value(recorded, 2021, "14");
		long relistedOutside = kpi(measure2, "誘致企業数");
		kpis.addListing(goal2, relistedOutside, 1, true);
		long elsewhere = kpi(goal2, "移住者数");
		kpis.addListing(measure1, elsewhere, 2, true);

		assertThat(editingTree.removeNode(planner, goal1)).isEqualTo(EditingPlanTree.Removal.ARCHIVED);
		assertThat(plans.findNode(goal1)).isPresent();
		assertThat(tree().node(goal1)).isEmpty();
		assertThat(tree().node(measure1)).isEmpty();
		assertThat(tree().programs(measure1)).isEmpty();
		assertThat(kpis.archivedAt(recorded)).isPresent();
		assertThat(kpis.findById(relistedOutside)).isPresent();
		assertThat(kpis.archivedAt(relistedOutside)).isEmpty();
		assertThat(kpis.listingsOfPlan(plan)).extracting(l -> l.kpiId() + ":" + l.nodeId() + ":" + l.relisted())
			.containsExactlyInAnyOrder(relistedOutside + ":" + goal2 + ":false", elsewhere + ":" + goal2 + ":false");
		assertThat(planActions()).contains(AuditAction.NODE_ARCHIVED);
	}

	@Test
	void aNodeIsRenamed_withTheChangeInThePlansTrail() {
		editingTree.editNode(planner, measure1, new NodeForm("農業の担い手の確保", "(1)", null, "空知", "農政課", List.of("加速化")));
		PlanNode node = tree().node(measure1).orElseThrow();
		assertThat(node.title()).isEqualTo("農業の担い手の確保");
		assertThat(node.marks()).containsExactly("加速化");
		assertThat(node.area()).isEqualTo("空知");
		AuditEntry entry = audit.of(AuditSubject.plan(plan)).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.NODE_EDITED);
		assertThat(entry.after()).contains("農業の担い手の確保");
	}

	@Test
	void aBlankTitle_isAProblemOfThatField_andNothingChanges() {
		assertThatThrownBy(
				() -> editingTree.editNode(planner, measure1, new NodeForm("  ", null, null, null, null, List.of())))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(((Refusal.Invalid) ex.refusal()).problems()).extracting(FieldProblem::field)
						.containsExactly("nodeTitle"));
		assertThat(tree().node(measure1).orElseThrow().title()).isEqualTo("農業の担い手");
	}

	@Test
	void programsAreEditedReorderedAndRemoved() {
		long second = plans.addProgram(measure1, 2, "農地集積", null, null, null);
		editingTree.reorderProgram(planner, second, -1);
		assertThat(tree().programs(measure1)).extracting(p -> p.id()).containsExactly(second, program);
		editingTree.editProgram(planner, program, new ProgramForm("新規就農者の支援", "空知農政課", null, "R6"));
		assertThat(plans.findProgram(program).orElseThrow().lead()).isEqualTo("空知農政課");
		assertThat(plans.findProgram(program).orElseThrow().year()).isEqualTo(FiscalYear.of(2024));
		editingTree.removeProgram(planner, second);
		assertThat(tree().programs(measure1)).extracting(p -> p.id()).containsExactly(program);
		assertThat(planActions()).contains(AuditAction.PROGRAM_EDITED, AuditAction.PROGRAM_MOVED,
				AuditAction.PROGRAM_REMOVED);
	}

	@Test
	void aPlannerOfAnotherOrganisation_andThePublic_areRefused() {
		long kpi = kpi(measure1, "新規就農者数");
		for (Viewer stranger : List.of(otherPlanner, Viewer.PUBLIC)) {
			assertThatThrownBy(() -> editingTree.removeNode(stranger, goal1)).isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> editingTree.moveNode(stranger, measure1, goal2, 0))
				.isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> removingKpi.remove(stranger, kpi)).isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> editingPlan.archive(stranger, plan)).isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> editingKpi.edit(stranger, kpi, change(kpi, "人", "12", "")))
				.isInstanceOf(AccessDenied.class);
		}
		assertThat(kpis.findById(kpi)).isPresent();
		assertThat(plans.archivedAt(plan)).isEmpty();
		assertThat(tree().node(goal1)).isPresent();
	}

	@Test
	void thePlansOwnRowIsEdited_movingTheListsStamp_andArchivingTakesItOffTheLists() {
		String listStamp = versions.stampOfPlanList();
		String planStamp = versions.stampOf(plan).orElseThrow();
		editingPlan.edit(planner, plan,
				new PlanForm(null, "第2期総合戦略", "R2", "令和8年度", List.of("基本目標", "施策", "事業"), "概要", null));
		Plan edited = plans.findById(plan).orElseThrow();
		assertThat(edited.name()).isEqualTo("第2期総合戦略");
		assertThat(edited.period()).isEqualTo(new FiscalPeriod(FiscalYear.of(2020), FiscalYear.of(2026)));
		assertThat(edited.levelNames()).containsExactly("基本目標", "施策", "事業");
		assertThat(versions.stampOfPlanList()).isNotEqualTo(listStamp);
		assertThat(versions.stampOf(plan).orElseThrow()).isNotEqualTo(planStamp);
		assertThat(planActions()).contains(AuditAction.PLAN_EDITED);

		editingPlan.archive(planner, plan);
		assertThat(plans.findAll()).extracting(Plan::id).doesNotContain(plan);
		assertThat(plans.ofOwners(java.util.Set.of(edited.ownerId()))).isEmpty();
		assertThat(plans.countByOwner()).doesNotContainKey(edited.ownerId());
		assertThat(plans.findById(plan)).isPresent();
		assertThat(plans.archivedAt(plan)).isPresent();
		assertThatThrownBy(() -> editingTree.reorderNode(planner, goal2, -1)).isInstanceOfSatisfying(Refused.class,
				ex -> assertThat(ex.refusal()).isInstanceOf(Refusal.Conflict.class));
	}

	@Test
	void aPeriodThatWouldLeaveOutAValue_orEndsBeforeItStarts_isRefusedNamingTheField() {
		long kpi = kpi(measure1, "新規就農者数");
		value(kpi, 2020, "13");
		assertThat(fields(() -> editingPlan.edit(planner, plan,
				new PlanForm(null, "総合戦略", "2021", "2024", List.of("基本目標"), null, null))))
			.containsExactly("periodFrom");
		assertThat(fields(
				() -> editingPlan.edit(planner, plan, new PlanForm(null, "", "2024", "R2", List.of(), null, null))))
			.containsExactly("planName", "periodTo", "levelNames");
		assertThat(plans.findById(plan).orElseThrow().name()).isEqualTo("総合戦略");
	}

	static final FiscalYear R5 = FiscalYear.of(2023);

	/**
	 * The program's sheet of R5 through the evaluation's use cases: opened by the
	 * planner, written with the KPI as its 活動指標 (事業費 1,000千円 = 一般財源 1,000千円), its first
	 * stage completed by whoever holds that stage's role.
	 */
	EvaluationSheet evaluated(long programId, long kpiId) {
		long department = accounts.department("own-" + key, "農政課").id();
		evaluating.open(planner, programId, R5, String.valueOf(department));
		evaluating.edit(planner, programId, R5,
				new SheetForm("担い手を確保する", "就農希望者", "研修と補助", "新規就農者を増やす", String.valueOf(department),
						List.of(String.valueOf(kpiId)), List.of(), "1,000", "1,000", "", "", "0.5"));
		EvaluationStage first = evaluationSettings.stages().get(0);
		Viewer evaluator = first.role() == Role.DEPARTMENT_EDITOR ? accounts.editor("ed-" + key, "own-" + key, "農政課")
				: accounts.account("st-" + key, "own-" + key, first.role());
		evaluating.complete(evaluator, programId, R5, first.id(),
				new StageForm("4", "3", "3", "continue", "継続が必要", null));
		EvaluationSheet sheet = sheets.find(programId, R5).orElseThrow();
		assertThat(sheet.stages()).hasSize(1);
		return sheet;
	}

	@Test
	void anEvaluatedProgram_isArchivedNotDeleted_andItsSheetStagesAndIndicatorsStay() {
		long kpi = kpi(measure1, "新規就農者数");
		EvaluationSheet sheet = evaluated(program, kpi);
		assertThat(editingTree.removeProgram(planner, program)).isEqualTo(EditingPlanTree.Removal.ARCHIVED);
		assertThat(tree().programs(measure1)).isEmpty();
		assertThat(plans.findProgram(program)).isPresent();
		EvaluationSheet kept = sheets.find(program, R5).orElseThrow();
		assertThat(kept.id()).isEqualTo(sheet.id());
		assertThat(kept.stages()).extracting(CompletedStage::author)
			.containsExactlyElementsOf(sheet.stages().stream().map(CompletedStage::author).toList());
		assertThat(kept.content().activityKpiIds()).containsExactly(kpi);
		assertThat(planActions()).contains(AuditAction.PROGRAM_ARCHIVED).doesNotContain(AuditAction.PROGRAM_REMOVED);
		// archived, it is no longer the planner's to edit or remove
		assertThatThrownBy(() -> editingTree.removeProgram(planner, program)).isInstanceOf(Refused.class);
		assertThat(sheets.find(program, R5)).isPresent();
	}

	@Test
	void aProgramTheExpertsGaveAnOpinionOn_isArchived_andTheOpinionKeepsItsSubject() {
		long opinion = giving.give(planner, plan, R5,
				new OpinionForm("program:" + program, "空知 太郎 委員", "2023-10-15", "情報発信を強化されたい。"));
		assertThat(editingTree.removeProgram(planner, program)).isEqualTo(EditingPlanTree.Removal.ARCHIVED);
		assertThat(plans.findProgram(program)).isPresent();
		assertThat(verification.opinions(plan, R5)).filteredOn(o -> o.id() == opinion)
			.extracting(Opinion::subject)
			.containsExactly(new OpinionSubject(OpinionSubject.Kind.PROGRAM, program));
	}

	@Test
	void aProgramWithNothingRecorded_isStillDeleted_andItsSiblingsNumberedAgain() {
		long second = plans.addProgram(measure1, 2, "農地集積", null, null, null);
		assertThat(editingTree.removeProgram(planner, program)).isEqualTo(EditingPlanTree.Removal.DELETED);
		assertThat(plans.findProgram(program)).isEmpty();
		assertThat(tree().programs(measure1)).extracting(p -> p.id() + ":" + p.position())
			.containsExactly(second + ":1");
	}

	@Test
	void aNodeHoldingAnEvaluatedProgram_isArchivedWithIt_evenWhenItsKpisHaveNoRecords() {
		// the sheet's indicator is a KPI listed elsewhere: nothing under goal1 but the
		// sheet is recorded
		long elsewhere = kpi(goal2, "移住者数");
		EvaluationSheet sheet = evaluated(program, elsewhere);
		long unrecorded = kpi(measure1, "新規就農者数");
		assertThat(editingTree.removeNode(planner, goal1)).isEqualTo(EditingPlanTree.Removal.ARCHIVED);
		assertThat(tree().node(goal1)).isEmpty();
		assertThat(plans.findNode(measure1)).isPresent();
		assertThat(plans.findProgram(program)).isPresent();
		assertThat(tree().programs(measure1)).isEmpty();
		assertThat(sheets.find(program, R5).orElseThrow().stages()).hasSize(sheet.stages().size());
		assertThat(kpis.findById(unrecorded)).as("a KPI without records still goes").isEmpty();
		assertThat(planActions()).contains(AuditAction.NODE_ARCHIVED);
	}

	@Test
	void aNodeHoldingAProgramArchivedBefore_isArchivedToo_soTheProgramsSheetStays() {
		long elsewhere = kpi(goal2, "移住者数");
		evaluated(program, elsewhere);
		editingTree.removeProgram(planner, program);
		assertThat(editingTree.removeNode(planner, measure1)).isEqualTo(EditingPlanTree.Removal.ARCHIVED);
		assertThat(plans.findProgram(program)).isPresent();
		assertThat(sheets.find(program, R5)).isPresent();
	}

	@Test
	void aNodeTheExpertsGaveAnOpinionOn_isArchived() {
		giving.give(planner, plan, R5, new OpinionForm("node:" + measure2, "空知 太郎 委員", "2023-10-15", "誘致を進められたい。"));
		assertThat(editingTree.removeNode(planner, measure2)).isEqualTo(EditingPlanTree.Removal.ARCHIVED);
		assertThat(plans.findNode(measure2)).isPresent();
		assertThat(tree().node(measure2)).isEmpty();
	}

	@Test
	void aNodeWithAnActivity_isArchived_notAForeignKeyError_andTheActivityStays() {
		long activity = recordingActivities.record(planner, measure2, R5,
				new ActivityForm("企業誘致セミナー", List.of("振興局"), "令和5年9月16日", "岩見沢市", "誘致の説明会", "20社"));
		assertThat(editingTree.removeNode(planner, measure2)).isEqualTo(EditingPlanTree.Removal.ARCHIVED);
		assertThat(plans.findNode(measure2)).isPresent();
		assertThat(activities.activity(activity)).isPresent();
	}

	@Test
	void aKpiWithAnEffectVerification_isArchived_notAForeignKeyError_andTheRowStays() {
		long kpi = kpi(measure1, "新規就農者数");
		verifying.assess(planner, plan, R5, kpi, new EffectForm("effective", "一定の効果", "continue", "効果が出ている"));
		assertThat(removingKpi.remove(planner, kpi)).isEqualTo(EditingPlanTree.Removal.ARCHIVED);
		assertThat(kpis.archivedAt(kpi)).isPresent();
		assertThat(verification.effect(plan, R5, kpi)).map(EffectAssessment::policyReason).contains("効果が出ている");
	}

	@Test
	void aKpiOnAnEvaluationSheet_isArchived_andTheSheetKeepsItsIndicator() {
		long kpi = kpi(goal2, "移住者数");
		evaluated(program, kpi);
		assertThat(removingKpi.remove(planner, kpi)).isEqualTo(EditingPlanTree.Removal.ARCHIVED);
		assertThat(kpis.findById(kpi)).isPresent();
		assertThat(sheets.find(program, R5).orElseThrow().content().activityKpiIds()).containsExactly(kpi);
	}

	@Test
	void aKpiTheExpertsGaveAnOpinionOn_isArchived() {
		long kpi = kpi(measure1, "新規就農者数");
		giving.give(planner, plan, R5, new OpinionForm("kpi:" + kpi, "空知 太郎 委員", "2023-10-15", "担い手の確保を。"));
		assertThat(removingKpi.remove(planner, kpi)).isEqualTo(EditingPlanTree.Removal.ARCHIVED);
		assertThat(kpis.findById(kpi)).isPresent();
	}

	EditingKpi.KpiChange change(long kpiId, String unit, String baseline, String reason) {
		return new EditingKpi.KpiChange("新規就農者数", unit, "INCREASE", "YEARLY", baseline, "2019", "25", "R6", null, "農政課",
				reason);
	}

	@Test
	void aKpisUnitAndBaselineChange_untilItHasValues_andTheTrailKeepsBoth() {
		long kpi = kpi(measure1, "新規就農者数");
		editingKpi.edit(planner, kpi, change(kpi, "経営体", "10", ""));
		assertThat(kpis.findById(kpi).orElseThrow().unit().text()).isEqualTo("経営体");
		assertThat(kpis.findById(kpi).orElseThrow().baseline().value()).isEqualByComparingTo("10");
		assertThat(kpis.findById(kpi).orElseThrow().department()).isEqualTo("農政課");
		assertThat(audit.of(AuditSubject.kpi(kpi))).extracting(AuditEntry::action).contains(AuditAction.KPI_EDITED);

		value(kpi, 2021, "14");
		assertThat(fields(() -> editingKpi.edit(planner, kpi, change(kpi, "人", "10", "")))).containsExactly("kpiUnit");
		assertThat(kpis.findById(kpi).orElseThrow().unit().text()).isEqualTo("経営体");
	}

	@Test
	void aRenamedKpi_goesThroughTheDefinitionsRules_needingAReason_allOrNothing() {
		long kpi = kpi(measure1, "新規就農者数");
		EditingKpi.KpiChange renamed = new EditingKpi.KpiChange("新規就農者数（累計）", "人", "INCREASE", "CUMULATIVE", "12",
				"2019", "25", "R6", null, null, " ");
		assertThat(fields(() -> editingKpi.edit(planner, kpi, renamed))).containsExactly("definitionReason");
		assertThat(kpis.findById(kpi).orElseThrow().aggregation()).as("the figures went back with it")
			.isEqualTo(Aggregation.YEARLY);
		editingKpi.edit(planner, kpi, new EditingKpi.KpiChange("新規就農者数（累計）", "人", "INCREASE", "CUMULATIVE", "12",
				"2019", "25", "R6", null, null, "累計で数える"));
		assertThat(kpis.findById(kpi).orElseThrow().name()).isEqualTo("新規就農者数（累計）");
		assertThat(kpis.findById(kpi).orElseThrow().aggregation()).isEqualTo(Aggregation.CUMULATIVE);
		assertThat(audit.of(AuditSubject.kpi(kpi))).extracting(AuditEntry::action)
			.contains(AuditAction.KPI_DEFINITION_CHANGED, AuditAction.KPI_EDITED);
	}

	@Test
	void aReListingIsRemoved_butTheKpisOwnListingIsNot() {
		long kpi = kpi(measure1, "新規就農者数");
		long relisting = kpis.addListing(goal2, kpi, 1, true);
		long own = kpis.listingsOf(kpi).stream().filter(l -> !l.relisted()).findFirst().orElseThrow().id();
		assertThat(fields(() -> editingKpi.unlist(planner, kpi, own))).containsExactly("listingId");
		editingKpi.unlist(planner, kpi, relisting);
		assertThat(kpis.listingsOf(kpi)).extracting(KpiListing::id).containsExactly(own);
		assertThat(audit.of(AuditSubject.kpi(kpi))).extracting(AuditEntry::action).contains(AuditAction.KPI_UNLISTED);
	}

	static List<String> fields(Runnable action) {
		try {
			action.run();
		}
		catch (Refused ex) {
			if (ex.refusal() instanceof Refusal.Invalid invalid) {
				return invalid.problems().stream().map(FieldProblem::field).toList();
			}
			throw ex;
		}
		throw new AssertionError("not refused");
	}

}
