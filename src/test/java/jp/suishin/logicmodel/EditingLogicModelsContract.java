package jp.suishin.logicmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import jp.suishin.TestAccounts;
import jp.suishin.access.AccessDenied;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.document.GatheringReview;
import jp.suishin.document.YearReview;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editing a program's logic model on Iwamizawa's plan (sample data from seed 000): on the
 * embedded database ({@link EditingLogicModelsOnEmbeddedDatabaseTests}) and on PostgreSQL
 * ({@link EditingLogicModelsOnPostgresTests}).
 */
abstract class EditingLogicModelsContract {

	static final String INCOME = "iwamizawa-total-income-per-person";

	static final String OUT_MIGRATION = "iwamizawa-net-out-migration";

	@Autowired
	EditingLogicModels editing;

	@Autowired
	LogicModelRecords records;

	@Autowired
	LogicModels models;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestAccounts accounts;

	@Autowired
	GatheringReview review;

	long plan;

	/** 農業ＤＸ推進事業, the plan's first program (under the first basic goal). */
	Program program;

	Viewer planner;

	@BeforeEach
	void iwamizawa() {
		plan = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		program = programs().get(0);
		planner = accounts.account("lm-planner-" + System.nanoTime(), "iwamizawa", Role.PLANNER);
		for (LogicElement element : records.elements(program.id())) {
			records.remove(element.id());
		}
	}

	@Test
	void aPlannerAddsElements_andTheModelListsThemInDrawingOrderWithTheirKpis() {
		int entries = audit.of(AuditSubject.plan(plan)).size();

		editing.add(planner, program.id(), new LogicElementForm("long-term", "市民の所得が向上する", INCOME));
		editing.add(planner, program.id(), new LogicElementForm("activity", "スマート農業の実証", ""));
		editing.add(planner, program.id(), new LogicElementForm("input", "  実証機器の導入  ", null));
		editing.add(planner, program.id(), new LogicElementForm("activity", "農業者向け研修会", null));

		assertThat(program.name()).isEqualTo("農業ＤＸ推進事業");
		YearReview.LogicModel model = models.of(program.id()).orElseThrow();
		assertThat(model.programName()).isEqualTo("農業ＤＸ推進事業");
		assertThat(model.elements()).containsExactly(new YearReview.LogicElement("input", "実証機器の導入", null, null, null),
				new YearReview.LogicElement("activity", "スマート農業の実証", null, null, null),
				new YearReview.LogicElement("activity", "農業者向け研修会", null, null, null),
				new YearReview.LogicElement("long-term", "市民の所得が向上する", "１人あたりの総所得", "千円", "increase"));
		assertThat(records.elements(program.id())).extracting(LogicElement::position).containsExactly(1, 1, 2, 1);
		List<AuditEntry> trail = audit.of(AuditSubject.plan(plan));
		assertThat(trail).hasSize(entries + 4);
		assertThat(trail).filteredOn(e -> e.action() == AuditAction.LOGIC_MODEL_ELEMENT_ADDED)
			.extracting(AuditEntry::after)
			.contains("input: 実証機器の導入", "activity: 農業者向け研修会");
	}

	@Test
	void badInput_isRefusedNamingEachField_andNothingIsStored() {
		int entries = audit.of(AuditSubject.plan(plan)).size();
		// a KPI of another plan (Sorachi's) is not one of Iwamizawa's
		String foreignKpi = kpis.findByPlan(plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id()).get(0).key();

		assertThatThrownBy(() -> editing.add(planner, program.id(), new LogicElementForm("impact", "   ", foreignKpi)))
			.isInstanceOfSatisfying(Refused.class, refused -> {
				Refusal.Invalid invalid = (Refusal.Invalid) refused.refusal();
				assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactly("stage", "text", "kpi");
				assertThat(invalid.problems()).extracting(p -> p.problem().messageKey())
					.containsExactly("logicmodel.stage.invalid", "logicmodel.text.required", "logicmodel.kpi.unknown");
			});
		assertThatThrownBy(() -> editing.add(planner, program.id(),
				new LogicElementForm("output", "あ".repeat(LogicElementForm.TEXT_MAX_LENGTH + 1), null)))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(((Refusal.Invalid) refused.refusal()).problems())
						.containsExactly(FieldProblem.of("text", "logicmodel.text.too-long", 300)));

		assertThat(records.elements(program.id())).isEmpty();
		assertThat(audit.of(AuditSubject.plan(plan))).hasSize(entries);
		// 300 characters (counted as characters, not UTF-16 units: 𠮷 is one) are fine
		editing.add(planner, program.id(),
				new LogicElementForm("output", "𠮷" + "あ".repeat(LogicElementForm.TEXT_MAX_LENGTH - 1), null));
		assertThat(records.elements(program.id())).hasSize(1);
	}

	@Test
	void anotherOrganisationsPlannerAndAReviewer_areRefused_andNothingIsStored() {
		Viewer stranger = accounts.account("lm-stranger-" + System.nanoTime(), "yubari", Role.PLANNER);
		Viewer reviewer = accounts.account("lm-reviewer-" + System.nanoTime(), "iwamizawa", Role.REVIEWER);
		long id = editing.add(planner, program.id(), new LogicElementForm("output", "研修会参加者数", OUT_MIGRATION));
		int entries = audit.of(AuditSubject.plan(plan)).size();

		for (Viewer viewer : List.of(stranger, reviewer, Viewer.PUBLIC)) {
			assertThatThrownBy(() -> editing.add(viewer, program.id(), new LogicElementForm("output", "乗っ取り", null)))
				.isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> editing.edit(viewer, id, new LogicElementForm("output", "乗っ取り", null)))
				.isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> editing.remove(viewer, id)).isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> editing.move(viewer, id, 1)).isInstanceOf(AccessDenied.class);
		}

		assertThat(records.elements(program.id())).extracting(LogicElement::text).containsExactly("研修会参加者数");
		assertThat(audit.of(AuditSubject.plan(plan))).hasSize(entries);
	}

	@Test
	void editingAStage_putsTheElementLastInTheNewOne_andRenumbersTheOld() {
		long first = editing.add(planner, program.id(), new LogicElementForm("activity", "一", null));
		long second = editing.add(planner, program.id(), new LogicElementForm("activity", "二", null));
		long third = editing.add(planner, program.id(), new LogicElementForm("activity", "三", null));
		long output = editing.add(planner, program.id(), new LogicElementForm("output", "成果物", null));

		editing.edit(planner, first, new LogicElementForm("output", "一（アウトプットへ）", INCOME));

		assertThat(records.elements(program.id())).extracting(e -> e.stage().code() + " " + e.position() + " " + e.id())
			.containsExactly("activity 1 " + second, "activity 2 " + third, "output 1 " + output, "output 2 " + first);
		assertThat(records.element(first).orElseThrow().kpiId()).isNotNull();
		AuditEntry edited = audit.of(AuditSubject.plan(plan))
			.stream()
			.filter(e -> e.action() == AuditAction.LOGIC_MODEL_ELEMENT_EDITED)
			.reduce((a, b) -> b)
			.orElseThrow();
		assertThat(edited.before()).isEqualTo("activity: 一");
		assertThat(edited.after()).startsWith("output: 一（アウトプットへ） [kpi ");
	}

	@Test
	void movingAndRemoving_keepThePositionsOneTwoThree() {
		long a = editing.add(planner, program.id(), new LogicElementForm("short-term", "A", null));
		long b = editing.add(planner, program.id(), new LogicElementForm("short-term", "B", null));
		long c = editing.add(planner, program.id(), new LogicElementForm("short-term", "C", null));

		editing.move(planner, c, -1);
		assertThat(texts()).containsExactly("A", "C", "B");
		// at the top nothing moves
		editing.move(planner, a, -1);
		assertThat(texts()).containsExactly("A", "C", "B");
		editing.remove(planner, a);
		assertThat(records.elements(program.id())).extracting(e -> e.text() + e.position()).containsExactly("C1", "B2");
		assertThatThrownBy(() -> editing.move(planner, b, 2)).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(((Refusal.Invalid) refused.refusal()).problems()).extracting(FieldProblem::field)
					.containsExactly("step"));
	}

	@Test
	void aFullStage_isRefusedNamingTheStage() {
		for (int i = 0; i < EditingLogicModels.MAX_PER_STAGE; i++) {
			editing.add(planner, program.id(), new LogicElementForm("medium-term", "中期" + i, null));
		}
		assertThatThrownBy(() -> editing.add(planner, program.id(), new LogicElementForm("medium-term", "多すぎ", null)))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(((Refusal.Invalid) refused.refusal()).problems())
						.containsExactly(FieldProblem.of("stage", "logicmodel.stage.full", 12)));
		assertThat(records.elements(program.id())).hasSize(12);
	}

	@Test
	void thePlansModels_areInReadingOrder_withOnlyProgramsThatHaveElements_andTheCostHookInFront() {
		// 中心市街地活性化対策事業, under the second basic goal
		Program later = programs().stream().filter(p -> p.name().equals("中心市街地活性化対策事業")).findFirst().orElseThrow();
		for (LogicElement element : records.elements(later.id())) {
			records.remove(element.id());
		}
		editing.add(planner, later.id(), new LogicElementForm("activity", "中心市街地のイベント", null));
		editing.add(planner, program.id(), new LogicElementForm("activity", "スマート農業の実証", null));

		List<YearReview.LogicModel> all = models.of(Viewer.PUBLIC, plan);
		assertThat(all).extracting(YearReview.LogicModel::programName).containsExactly("農業ＤＸ推進事業", later.name());
		// the documents gather them through the port
		assertThat(review.of(Viewer.PUBLIC, plan, FiscalYear.of(2024)).logicModels()).isEqualTo(all);

		// a module that knows the program's cost puts it in front of the inputs
		LogicModels costed = new LogicModels(records, plans, kpis,
				() -> Optional.of(id -> id == program.id() ? Optional.of("事業費 1,200千円（R6年度）") : Optional.empty()));
		assertThat(costed.of(program.id()).orElseThrow().elements()).containsExactly(
				new YearReview.LogicElement("input", "事業費 1,200千円（R6年度）", null, null, null),
				new YearReview.LogicElement("activity", "スマート農業の実証", null, null, null));
		assertThat(costed.of(later.id()).orElseThrow().elements()).hasSize(1);
		records.remove(records.elements(later.id()).get(0).id());
	}

	/** The plan's programs in reading order. */
	List<Program> programs() {
		PlanTree tree = plans.tree(plan).orElseThrow();
		return tree.inReadingOrder().stream().flatMap(node -> tree.programs(node.id()).stream()).toList();
	}

	private List<String> texts() {
		return records.elements(program.id()).stream().map(LogicElement::text).toList();
	}

}
