package jp.suishin.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.access.AccessDenied;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import jp.suishin.notation.FiscalYear;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The administrator's settings: a five-stage installation (a stage added in the middle
 * moves the later ones), a stage some sheet has completed stays, and only an
 * administrator changes anything, each change audited on its account. In a database of
 * its own, since the stages are the installation's.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:configuring-evaluation;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfiguringEvaluationTests {

	@Autowired
	ConfiguringEvaluation configuring;

	@Autowired
	EvaluationSettings settings;

	@Autowired
	EvaluatingPrograms evaluating;

	@Autowired
	PlanRepository plans;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestAccounts accounts;

	@Autowired
	EvaluationSheets sheets;

	/**
	 * Runs first: it leaves no sheet in progress and the four stages as they were, which
	 * the other test starts from.
	 */
	@Test
	@Order(1)
	void whileASheetIsBeingEvaluated_theStagesKeepTheirListAndOrder_andADecidedSheetStaysComplete() {
		Viewer admin = accounts.administrator("ce-admin");
		Viewer planner = accounts.account("ce-planner", "sorachi-bureau", Role.PLANNER);
		Viewer department = accounts.editor("ce-department", "sorachi-bureau", "ce 地域政策課");
		Viewer chief = accounts.account("ce-chief", "sorachi-bureau", Role.SECTION_CHIEF);
		Viewer director = accounts.account("ce-director", "sorachi-bureau", Role.DIRECTOR);
		Viewer expert = accounts.account("ce-expert", "sorachi-bureau", Role.EXPERT);
		long departmentId = accounts.department("sorachi-bureau", "ce 地域政策課").id();
		Program program = firstProgram();
		FiscalYear r5 = FiscalYear.of(2023);
		List<EvaluationStage> four = settings.stages();
		evaluating.open(planner, program.id(), r5, String.valueOf(departmentId));
		// opened, not started: the stages may still change
		long extra = configuring.addStage(admin, "企画評価", "PLANNER", "2");
		configuring.removeStage(admin, extra);
		evaluating.complete(department, program.id(), r5, four.get(0).id(),
				new StageForm("3", "3", "3", "continue", "継続", null));
		int entries = audit.of(AuditSubject.account(admin.accountId())).size();

		// started, not complete: no stage added, removed or moved
		assertThatThrownBy(() -> configuring.addStage(admin, "企画評価", "PLANNER", "5"))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isEqualTo(
					new Refusal.Conflict(jp.suishin.refusal.Problem.of("evaluation.stages.sheets-in-progress", 1L))));
		assertThatThrownBy(() -> configuring.removeStage(admin, four.get(3).id())).isInstanceOfSatisfying(Refused.class,
				r -> assertThat(r.refusal()).isInstanceOf(Refusal.Conflict.class));
		assertThatThrownBy(() -> configuring.updateStage(admin, four.get(3).id(), "外部有識者評価", "EXPERT", "2"))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal()).isInstanceOf(Refusal.Conflict.class));
		assertThat(settings.stages()).isEqualTo(four);
		assertThat(audit.of(AuditSubject.account(admin.accountId()))).hasSize(entries);
		// a new name in its place is fine
		configuring.updateStage(admin, four.get(3).id(), "有識者評価", "EXPERT", "4");
		configuring.updateStage(admin, four.get(3).id(), "外部有識者評価", "EXPERT", "4");

		// completed and decided: the stages may change again, and the decided sheet stays
		// complete with a stage added after it
		evaluating.complete(chief, program.id(), r5, four.get(1).id(),
				new StageForm("3", "3", "3", "continue", "継続", null));
		evaluating.complete(director, program.id(), r5, four.get(2).id(),
				new StageForm("3", "3", "3", "continue", "継続", null));
		evaluating.complete(expert, program.id(), r5, four.get(3).id(),
				new StageForm("3", "3", "3", "continue", "継続", null));
		evaluating.decide(planner, program.id(), r5, new DecisionForm("continue", "継続する", null, "2024-10-01"));
		long added = configuring.addStage(admin, "首長評価", "PLANNER", "");
		List<EvaluationStage> five = settings.stages();
		assertThat(five).hasSize(5);
		EvaluationSheet decided = sheets.find(program.id(), r5).orElseThrow();
		assertThat(decided.complete(five)).isTrue();
		assertThat(decided.next(five)).isEmpty();
		assertThatThrownBy(() -> evaluating.complete(planner, program.id(), r5, added,
				new StageForm("3", "3", "3", "continue", "継続", null)))
			.isInstanceOfSatisfying(Refused.class,
					r -> assertThat(((Refusal.Invalid) r.refusal()).problems().get(0).problem().messageKey())
						.isEqualTo("evaluation.stage.decided"));
		configuring.removeStage(admin, added);
		assertThat(settings.stages()).isEqualTo(four);
	}

	Program firstProgram() {
		PlanTree tree = plans.tree(plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id()).orElseThrow();
		return tree.inReadingOrder().stream().flatMap(n -> tree.programs(n.id()).stream()).findFirst().orElseThrow();
	}

	@Test
	@Order(2)
	void anAdministratorConfiguresFiveStages_andAStageInUseStays() {
		Viewer admin = accounts.administrator("ce-admin");
		Viewer planner = accounts.account("ce-planner", "sorachi-bureau", Role.PLANNER);
		int entries = audit.of(AuditSubject.account(admin.accountId())).size();

		// a planner (no administrator) changes nothing
		assertThatThrownBy(() -> configuring.addStage(planner, "企画評価", "PLANNER", "2"))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> configuring.setPersonnelCost(planner, "8,000")).isInstanceOf(AccessDenied.class);
		// refused by field: no name, an unknown role, a position that is no number
		assertThatThrownBy(() -> configuring.addStage(admin, "", "MAYOR", "二")).isInstanceOfSatisfying(Refused.class,
				r -> assertThat(((Refusal.Invalid) r.refusal()).problems()).extracting(p -> p.field())
					.containsExactly("name", "role", "position"));
		assertThatThrownBy(() -> configuring.setPersonnelCost(admin, "0")).isInstanceOfSatisfying(Refused.class,
				r -> assertThat(((Refusal.Invalid) r.refusal()).problems()).extracting(p -> p.field())
					.containsExactly("personnelCost"));
		assertThat(settings.stages()).hasSize(4);

		// 担当 → 企画 → 課長 → 部長 → 外部有識者
		long planning = configuring.addStage(admin, "企画評価", "PLANNER", "2");
		assertThat(settings.stages()).extracting(EvaluationStage::name, EvaluationStage::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("担当評価", 1),
					org.assertj.core.groups.Tuple.tuple("企画評価", 2), org.assertj.core.groups.Tuple.tuple("課長評価", 3),
					org.assertj.core.groups.Tuple.tuple("部長評価", 4), org.assertj.core.groups.Tuple.tuple("外部有識者評価", 5));
		// moved last, then removed again
		configuring.updateStage(admin, planning, "企画課評価", "PLANNER", "9");
		assertThat(settings.stages().get(4).name()).isEqualTo("企画課評価");
		configuring.removeStage(admin, planning);
		assertThat(settings.stages()).extracting(EvaluationStage::role)
			.containsExactly(Role.DEPARTMENT_EDITOR, Role.SECTION_CHIEF, Role.DIRECTOR, Role.EXPERT);

		// a stage a sheet has completed stays, and keeps its role
		PlanTree tree = plans.tree(plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id()).orElseThrow();
		Program program = tree.inReadingOrder()
			.stream()
			.flatMap(n -> tree.programs(n.id()).stream())
			.findFirst()
			.orElseThrow();
		Viewer department = accounts.editor("ce-department", "sorachi-bureau", "ce 地域政策課");
		long departmentId = accounts.department("sorachi-bureau", "ce 地域政策課").id();
		FiscalYear r6 = FiscalYear.of(2024);
		evaluating.open(planner, program.id(), r6, String.valueOf(departmentId));
		EvaluationStage first = settings.stages().get(0);
		evaluating.complete(department, program.id(), r6, first.id(),
				new StageForm("3", "3", "3", "continue", "継続", null));
		assertThatThrownBy(() -> configuring.removeStage(admin, first.id())).isInstanceOfSatisfying(Refused.class,
				r -> assertThat(r.refusal()).isInstanceOf(Refusal.Conflict.class));
		assertThatThrownBy(() -> configuring.updateStage(admin, first.id(), "担当評価", "PLANNER", "1"))
			.isInstanceOfSatisfying(Refused.class,
					r -> assertThat(((Refusal.Invalid) r.refusal()).problems()).extracting(p -> p.field())
						.containsExactly("role"));
		configuring.updateStage(admin, first.id(), "担当課評価", "DEPARTMENT_EDITOR", "1");
		assertThat(settings.stages().get(0).name()).isEqualTo("担当課評価");

		configuring.setPersonnelCost(admin, "７,８００");
		assertThat(settings.personnelCost().orElseThrow().text()).isEqualTo("7,800千円");
		assertThat(audit.of(AuditSubject.account(admin.accountId())).subList(0, 5)).extracting(e -> e.action())
			.containsExactly(AuditAction.EVALUATION_PERSONNEL_COST_SET, AuditAction.EVALUATION_STAGE_CHANGED,
					AuditAction.EVALUATION_STAGE_REMOVED, AuditAction.EVALUATION_STAGE_CHANGED,
					AuditAction.EVALUATION_STAGE_ADDED);
		assertThat(audit.of(AuditSubject.account(admin.accountId()))).hasSize(entries + 5);
	}

}
