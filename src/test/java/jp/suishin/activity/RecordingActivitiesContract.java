package jp.suishin.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.access.AccessDenied;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Recording a node's activities and next year's actions, with the Sorachi policy's sample
 * data transcribed from seeds 003 and 004: on the embedded database
 * ({@link RecordingActivitiesOnEmbeddedDatabaseTests}) and on PostgreSQL
 * ({@link RecordingActivitiesOnPostgresTests}).
 */
abstract class RecordingActivitiesContract {

	static final FiscalYear R5 = FiscalYear.of(2023);

	static final FiscalYear R6 = FiscalYear.of(2024);

	@Autowired
	RecordingActivities recording;

	@Autowired
	PlanningNextActions planning;

	@Autowired
	ActivityRecords records;

	@Autowired
	PlanActivities narrative;

	@Autowired
	PlanRepository plans;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestAccounts accounts;

	long plan;

	List<PlanNode> projects;

	Viewer planner;

	@BeforeEach
	void sorachi() {
		plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		projects = plans.tree(plan).orElseThrow().roots();
		planner = accounts.account("ra-planner-" + System.nanoTime(), "sorachi-bureau", Role.PLANNER);
	}

	@Test
	void sorachiSampleData_holdsEveryProjectsActivitiesOfR6AndActionsOfR7_asSeed004PrintsThem() throws Exception {
		String seed = seed("004_49aeb67bc23e3385.txt");
		PlanActivities.Narrative r6 = narrative.of(plan, R6);
		for (PlanNode project : projects) {
			assertThat(r6.activitiesOf(project.id())).as(project.title()).hasSize(4);
			assertThat(r6.actionsOf(project.id())).as(project.title()).hasSize(3).allSatisfy(action -> {
				assertThat(action.year()).isEqualTo(FiscalYear.of(2025));
				assertThat(seed).contains("■ " + action.text() + "［");
			});
		}
		Activity tour = r6.activitiesOf(projects.get(0).id()).get(1);
		assertThat(tour.title()).isEqualTo("炭鉄港プレミアムガイドツアーの実施");
		assertThat(tour.leads()).containsExactly("炭鉄港推進協議会");
		assertThat(seed).contains("開催日：" + tour.dates().written());
		assertThat(tour.participants()).isEqualTo("約70名参加");
	}

	@Test
	void sorachiSampleData_holdsTheLabelledRangesOfR5_andTheActionsOfR6_asSeed003PrintsThem() throws Exception {
		String seed = seed("003_1da155572c01d96e.txt");
		PlanActivities.Narrative r5 = narrative.of(plan, R5);
		Activity fair = r5.activitiesOf(projects.get(1).id()).get(1);
		assertThat(fair.title()).isEqualTo("北海道四季マルシェにおける空知フェアの開催");
		assertThat(fair.leads()).containsExactly("振興局", "市町");
		assertThat(fair.dates().periods()).extracting(ActivityDates.Period::label).containsExactly("夏", "冬");
		assertThat(fair.dates().written()).isEqualTo("夏 令和5年7月7日～13日 / 冬 令和5年10月6日～19日");
		assertThat(r5.actionsOf(projects.get(0).id())).extracting(NextAction::text)
			.containsExactly("インバウンド向けサイクルツアーの整備", "日本遺産認定5周年フォーラム", "食関連イベントでの炭鉄港めしブースの開設");
		for (PlanNode project : projects) {
			assertThat(r5.activitiesOf(project.id())).as(project.title())
				.hasSize(4)
				.allSatisfy(a -> assertThat(seed).contains(a.title().replaceAll("（.*）$", "")));
			assertThat(r5.actionsOf(project.id())).allSatisfy(a -> assertThat(seed).contains("- " + a.text() + " ["));
		}
	}

	@Test
	void aPlannerRecordsAnActivityWithARange_whichComesBackLastWithItsAuditEntry() {
		long node = projects.get(2).id();
		int before = records.activities(node, R6).size();
		long id = recording.record(planner, node, R6,
				new ActivityForm("そらち試食会の開催", List.of("振興局・市町"), "令和6年9月14日～15日", "岩見沢市", "空知の食を試食。", "約50名参加"));
		Activity stored = records.activity(id).orElseThrow();
		assertThat(stored.position()).isEqualTo(before + 1);
		assertThat(stored.leads()).containsExactly("振興局", "市町");
		assertThat(stored.dates().written()).isEqualTo("令和6年9月14日～15日");
		assertThat(narrative.of(plan, R6).activitiesOf(node)).extracting(Activity::id).endsWith(id);
		AuditEntry entry = audit.of(AuditSubject.plan(plan)).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.ACTIVITY_RECORDED);
		assertThat(entry.actor()).isEqualTo(planner.actor());
		assertThat(entry.after()).isEqualTo("そらち試食会の開催 [振興局・市町] 令和6年9月14日～15日");

		recording.edit(planner, id, new ActivityForm("そらち試食会の開催", List.of("振興局"), "R6.10月～", null, null, null));
		assertThat(records.activity(id).orElseThrow().dates().written()).isEqualTo("R6.10月～");
		recording.move(planner, id, -1);
		assertThat(records.activity(id).orElseThrow().position()).isEqualTo(before);
		recording.remove(planner, id);
		assertThat(records.activity(id)).isEmpty();
		assertThat(records.activities(node, R6)).hasSize(before)
			.extracting(Activity::position)
			.containsExactly(java.util.stream.IntStream.rangeClosed(1, before).boxed().toArray(Integer[]::new));
		assertThat(audit.of(AuditSubject.plan(plan)).stream().limit(3).map(AuditEntry::action))
			.containsExactly(AuditAction.ACTIVITY_REMOVED, AuditAction.ACTIVITY_MOVED, AuditAction.ACTIVITY_EDITED);
	}

	@Test
	void badInput_isRefusedNamingEachField_andNothingIsStored() {
		long node = projects.get(0).id();
		int before = records.activities(node, R6).size();
		int entries = audit.of(AuditSubject.plan(plan)).size();
		assertThatThrownBy(() -> recording.record(planner, node, R6,
				new ActivityForm(" ", List.of(), "令和6年2月30日", "x".repeat(1001), null, null)))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(problems(refused))
						.extracting(FieldProblem::field, p -> p.problem().messageKey())
						.containsExactly(org.assertj.core.groups.Tuple.tuple("title", "activity.title.required"),
								org.assertj.core.groups.Tuple.tuple("dates", "activity.dates.invalid"),
								org.assertj.core.groups.Tuple.tuple("place", "activity.text.too-long")));
		assertThatThrownBy(() -> planning.plan(planner, node, R6, new NextActionForm("サイクルツアーの整備", List.of(" "))))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(problems(refused)).extracting(FieldProblem::field)
						.containsExactly("actionLeads"));
		assertThatThrownBy(() -> recording.record(planner, node, FiscalYear.of(2040),
				new ActivityForm("範囲外", List.of(), null, null, null, null)))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(problems(refused)).extracting(FieldProblem::field).containsExactly("year"));
		assertThat(records.activities(node, R6)).hasSize(before);
		assertThat(records.actions(node, R6)).hasSize(3);
		assertThat(audit.of(AuditSubject.plan(plan))).hasSize(entries);
	}

	@Test
	void anotherOrganisationsPlanner_isRefused_andNothingChanges() {
		Viewer stranger = accounts.account("ra-stranger-" + System.nanoTime(), "yubari", Role.PLANNER);
		long node = projects.get(3).id();
		Activity first = records.activities(node, R6).get(0);
		NextAction action = records.actions(node, R6).get(0);
		ActivityForm form = new ActivityForm("乗っ取り", List.of(), null, null, null, null);
		assertThatThrownBy(() -> recording.record(stranger, node, R6, form)).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> recording.edit(stranger, first.id(), form)).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> recording.remove(stranger, first.id())).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> recording.move(stranger, first.id(), 1)).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> planning.plan(stranger, node, R6, new NextActionForm("乗っ取り", List.of("町"))))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> planning.remove(stranger, action.id())).isInstanceOf(AccessDenied.class);
		assertThat(records.activities(node, R6).get(0)).isEqualTo(first);
		assertThat(records.actions(node, R6).get(0)).isEqualTo(action);
	}

	@Test
	void aPlannerPlansEditsMovesAndRemovesNextYearsActions() {
		long node = projects.get(1).id();
		FiscalYear r8 = FiscalYear.of(2026);
		long a = planning.plan(planner, node, r8, new NextActionForm("新たな取組", List.of("[振興局]")));
		long b = planning.plan(planner, node, r8, new NextActionForm("次の取組", List.of("市町")));
		planning.move(planner, b, -1);
		assertThat(records.actions(node, r8)).extracting(NextAction::id).containsExactly(b, a);
		planning.edit(planner, a, new NextActionForm("新たな取組（拡充）", List.of("振興局、市町")));
		assertThat(records.action(a).orElseThrow().leads()).containsExactly("振興局", "市町");
		planning.remove(planner, b);
		assertThat(records.actions(node, r8)).extracting(NextAction::position).containsExactly(1);
		assertThat(audit.of(AuditSubject.plan(plan)).get(0).action()).isEqualTo(AuditAction.NEXT_ACTION_REMOVED);
	}

	/**
	 * A seed's text, from {@code ../shared/seeds} beside the project (or beside its
	 * worktrees); the test is skipped on a machine without the seeds.
	 */
	static String seed(String name) throws java.io.IOException {
		for (String dir : List.of("../shared/seeds", "../../shared/seeds")) {
			Path path = Path.of(dir, name);
			if (Files.exists(path)) {
				return Files.readString(path);
			}
		}
		org.junit.jupiter.api.Assumptions.abort("seed " + name + " not found");
		return null;
	}

	static List<FieldProblem> problems(Refused refused) {
		return ((Refusal.Invalid) refused.refusal()).problems();
	}

}
