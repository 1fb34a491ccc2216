package jp.suishin.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authoring use cases on a real database: a planner builds a plan from nothing, every
 * step is audited, bad forms name their fields and store nothing, and nobody authors
 * another organisation's plan.
 */
abstract class AuthoringContract {

	@Autowired
	CreatingPlan creatingPlan;

	@Autowired
	AddingNode addingNode;

	@Autowired
	AddingProgram addingProgram;

	@Autowired
	AddingKpi addingKpi;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	AuditTrail audit;

	long iwamizawa;

	Viewer planner;

	Viewer bibaiPlanner;

	@BeforeEach
	void accounts() {
		iwamizawa = organisations.findByKey("iwamizawa").orElseThrow().id();
		long bibai = organisations.findByKey("bibai").orElseThrow().id();
		planner = new Viewer(501L, "planner-iwamizawa", "企画 太郎", false,
				List.of(new Grant(iwamizawa, Role.PLANNER, null)));
		bibaiPlanner = new Viewer(502L, "planner-bibai", "企画 花子", false, List.of(new Grant(bibai, Role.PLANNER, null)));
	}

	@Test
	void aPlannerBuildsAPlanFromNothingAndEveryStepIsAudited() {
		long planId = creatingPlan.create(planner,
				new PlanForm(iwamizawa, " 岩見沢市 第3期総合戦略 ", "令和7年度", "R11", List.of("基本目標", "施策", ""), null, null));
		Plan plan = plans.findById(planId).orElseThrow();
		assertThat(plan.name()).isEqualTo("岩見沢市 第3期総合戦略");
		assertThat(plan.period().from()).isEqualTo(FiscalYear.of(2025));
		assertThat(plan.period().to()).isEqualTo(FiscalYear.of(2029));
		assertThat(plan.levelNames()).containsExactly("基本目標", "施策");

		long goal = addingNode.add(planner, planId, null, NodeForm.titled("しごとをつくる"));
		long secondGoal = addingNode.add(planner, planId, null, NodeForm.titled("ひとの流れをつくる"));
		long measure = addingNode.add(planner, planId, goal,
				new NodeForm("農業の担い手の確保", "(1)", null, null, "農政課", List.of()));
		addingProgram.add(planner, measure, new ProgramForm("新規就農者支援事業", "農政課", null, "R7"));
		long farmers = addingKpi.add(planner, measure,
				new KpiForm("新規就農者数（累計）", "人", "増加", "累計", "12", "H30", "25", "R11", null, "農政課"));
		long visitors = addingKpi.add(planner, goal,
				new KpiForm("観光入込客数", "千人", "increase", null, "▲1,200", "R2", "1,500", "R11", "年度ごとの観光入込客数", null));
		addingKpi.relist(planner, secondGoal, farmers);

		PlanTree tree = plans.tree(planId).orElseThrow();
		assertThat(tree.roots()).extracting(PlanNode::title).containsExactly("しごとをつくる", "ひとの流れをつくる");
		assertThat(tree.children(goal)).extracting(PlanNode::title, PlanNode::depth, PlanNode::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("農業の担い手の確保", 2, "(1)"));
		assertThat(tree.programs(measure)).extracting(p -> p.name()).containsExactly("新規就農者支援事業");
		Kpi kpi = kpis.findById(farmers).orElseThrow();
		assertThat(kpi.aggregation()).isEqualTo(Aggregation.CUMULATIVE);
		assertThat(kpi.direction()).isEqualTo(Direction.INCREASE);
		assertThat(kpi.baseline().value()).isEqualByComparingTo("12");
		assertThat(kpi.baseline().year()).isEqualTo(FiscalYear.of(2018));
		assertThat(kpi.target().value()).isEqualByComparingTo("25");
		assertThat(kpis.findById(visitors).orElseThrow().baseline().value())
			.isEqualByComparingTo(new BigDecimal("-1200"));
		assertThat(kpis.listingsOfPlan(planId)).extracting(KpiListing::nodeId, KpiListing::kpiId, KpiListing::relisted)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(measure, farmers, false),
					org.assertj.core.groups.Tuple.tuple(goal, visitors, false),
					org.assertj.core.groups.Tuple.tuple(secondGoal, farmers, true));

		assertThat(audit.of(AuditSubject.plan(planId))).extracting(AuditEntry::action)
			.contains(AuditAction.PLAN_CREATED, AuditAction.NODE_ADDED, AuditAction.PROGRAM_ADDED);
		assertThat(audit.of(AuditSubject.plan(planId))).allMatch(e -> e.actor().equals("planner-iwamizawa"));
		assertThat(audit.of(AuditSubject.kpi(farmers))).extracting(AuditEntry::action)
			.contains(AuditAction.KPI_ADDED, AuditAction.KPI_RELISTED);
	}

	@Test
	void badFormsNameTheirFieldsAndStoreNothing() {
		int before = plans.findAll().size();
		assertThatThrownBy(
				() -> creatingPlan.create(planner, new PlanForm(iwamizawa, " ", "R9", "R7", List.of(" "), null, null)))
			.isInstanceOfSatisfying(Refused.class, refused -> assertThat(fields(refused))
				.containsExactlyInAnyOrder("planName", "periodTo", "levelNames"));
		assertThat(plans.findAll()).hasSize(before);

		long planId = creatingPlan.create(planner,
				new PlanForm(iwamizawa, "検証用の計画", "2025", "2029", List.of("基本目標"), null, null));
		long goal = addingNode.add(planner, planId, null, NodeForm.titled("目標"));
		assertThatThrownBy(() -> addingKpi.addAll(planner, planId, List.of(
				new AddingKpi.Placed(goal, new KpiForm("よい指標", "人", "増加", null, "1", "R6", "2", "R11", null, null)),
				new AddingKpi.Placed(goal, new KpiForm("", "人", "上へ", "毎年", "約？", null, "5", "R3", null, null)))))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(fields(refused)).containsExactlyInAnyOrder("kpis[1].kpiName",
							"kpis[1].kpiDirection", "kpis[1].kpiAggregation", "kpis[1].baselineValue"));
		assertThat(kpis.findByPlan(planId)).isEmpty();
		assertThatThrownBy(() -> addingKpi.add(planner, goal,
				new KpiForm("順序の逆な指標", "人", "増加", null, "1", "R8", "2", "R6", null, null)))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(fields(refused)).containsExactly("targetYear"));
		assertThatThrownBy(() -> addingNode.add(planner, planId, 999_999L, NodeForm.titled("迷子")))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(fields(refused)).containsExactly("parentNode"));
	}

	@Test
	void nobodyAuthorsAnotherOrganisationsPlan() {
		long planId = creatingPlan.create(planner,
				new PlanForm(iwamizawa, "岩見沢の計画", "R7", "R11", List.of("基本目標"), null, null));
		long goal = addingNode.add(planner, planId, null, NodeForm.titled("目標"));
		assertThatThrownBy(() -> creatingPlan.create(bibaiPlanner,
				new PlanForm(iwamizawa, "乗っ取り", "R7", "R11", List.of("基本目標"), null, null)))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> addingNode.add(bibaiPlanner, planId, null, NodeForm.titled("x")))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> addingKpi.add(Viewer.PUBLIC, goal,
				new KpiForm("x", "人", "増加", null, null, null, null, null, null, null)))
			.isInstanceOf(AccessDenied.class);
		assertThat(plans.tree(planId).orElseThrow().size()).isEqualTo(1);
		assertThat(kpis.findByPlan(planId)).isEmpty();
	}

	private static List<String> fields(Refused refused) {
		return ((Refusal.Invalid) refused.refusal()).problems().stream().map(FieldProblem::field).toList();
	}

}
