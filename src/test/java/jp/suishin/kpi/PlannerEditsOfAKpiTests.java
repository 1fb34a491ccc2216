package jp.suishin.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Problem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import jp.suishin.testing.InMemoryKpis;
import jp.suishin.testing.InMemoryLockedYears;
import jp.suishin.testing.InMemoryOrganisations;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a planner changes about a KPI (milestone, baseline, direction and target), with
 * in-memory ports: only the plan's planners may, a year whose figures are fixed refuses
 * whatever would re-grade it with the one locked message, and a mid-term revision from an
 * open year is kept with its history while the locked years keep what applied to them.
 */
class PlannerEditsOfAKpiTests {

	static final long PLAN = 7;

	static final FiscalPeriod PERIOD = FiscalPeriod.of(2021, 2025);

	static final FiscalYear R6 = FiscalYear.of(2024);

	static final FiscalYear R7 = FiscalYear.of(2025);

	static final Problem LOCKED_R6 = Problem.of("collection.value.locked", "R6");

	InMemoryKpis kpis = new InMemoryKpis();

	InMemoryLockedYears locked = new InMemoryLockedYears();

	InMemoryOrganisations organisations = new InMemoryOrganisations();

	Kpi visitors;

	long bureau;

	long other;

	Viewer planner;

	SettingMilestone milestones;

	RevisingBaseline baselines;

	EditingKpiDefinition definitions;

	@BeforeEach
	void plan() {
		bureau = organisations.bureau("sorachi");
		other = organisations.bureau("ishikari");
		visitors = kpis.put(new Kpi(1, PLAN, "visitors", "観光入込客数", Unit.of("千人"), Direction.INCREASE,
				Aggregation.YEARLY, new Baseline(new BigDecimal("7250"), FiscalYear.of(2020)),
				new Target(new BigDecimal("7468"), R7), null, null, null));
		locked.kpi(visitors.id(), PLAN);
		planner = viewer("planner", new Grant(bureau, Role.PLANNER, null));
		KpiPlanners planners = new KpiPlanners(kpis, planId -> bureau, new AccessPolicy(organisations));
		RecordingActualValue.PlanPeriods periods = planId -> PERIOD;
		milestones = new SettingMilestone(kpis, periods, planners, locked, InOneTransaction.DIRECTLY);
		baselines = new RevisingBaseline(kpis, Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneId.of("UTC")),
				periods, planners, locked, InOneTransaction.DIRECTLY);
		definitions = new EditingKpiDefinition(kpis, periods, planners, locked, InOneTransaction.DIRECTLY);
	}

	static Viewer viewer(String login, Grant... grants) {
		return new Viewer(1L, login, login, false, List.of(grants));
	}

	KpiDefinition target(String value, String from) {
		return new KpiDefinition(visitors.name(), "INCREASE", value, "R7", null, from);
	}

	static Problem refusal(Runnable change) {
		try {
			change.run();
		}
		catch (Refused refused) {
			assertThat(refused.refusal()).isInstanceOf(Refusal.Conflict.class);
			return ((Refusal.Conflict) refused.refusal()).problem();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void aLockedYearsMilestone_isRefusedWithTheLockedMessage_andNothingIsStored() {
		locked.lock(PLAN, R6);
		assertThat(refusal(() -> milestones.set(planner, visitors.id(), "R6", "7,400千人"))).isEqualTo(LOCKED_R6);
		assertThat(refusal(() -> milestones.set(planner, visitors.id(), "R6", "－"))).isEqualTo(LOCKED_R6);
		assertThat(kpis.milestones(visitors.id())).isEmpty();
		assertThat(milestones.set(planner, visitors.id(), "R7", "7,450千人")).isEmpty();
		assertThat(kpis.milestones(visitors.id())).containsOnlyKeys(R7);
	}

	@Test
	void anApprovedValue_fixesItsYearLikeALock() {
		locked.approve(visitors.id(), R6);
		assertThat(refusal(() -> milestones.set(planner, visitors.id(), "2024", "7,400千人"))).isEqualTo(LOCKED_R6);
		assertThat(refusal(() -> definitions.edit(planner, visitors.id(), target("7,500", "R6"), "中間見直し")))
			.isEqualTo(LOCKED_R6);
	}

	@Test
	void aTargetRevisedFromAnOpenYear_isKeptWithItsHistory_andTheLockedYearKeepsTheOldTarget() {
		locked.lock(PLAN, R6);
		assertThat(definitions.edit(planner, visitors.id(), target("7,600", "R7"), "中間見直しで上方修正")).isEmpty();

		List<TargetRevision> history = kpis.targetRevisions(visitors.id());
		assertThat(history).singleElement().satisfies(revision -> {
			assertThat(revision.from()).isEqualTo(R7);
			assertThat(revision.target().value()).isEqualByComparingTo("7600");
			assertThat(revision.previousTarget().value()).isEqualByComparingTo("7468");
			assertThat(revision.reason()).isEqualTo("中間見直しで上方修正");
			assertThat(revision.revisedBy()).isEqualTo("planner");
			assertThat(revision.revisedAt()).isNotNull();
		});
		Kpi now = kpis.findById(visitors.id()).orElseThrow();
		assertThat(now.gradedIn(R6, history).target().value()).isEqualByComparingTo("7468");
		assertThat(now.gradedIn(R7, history).target().value()).isEqualByComparingTo("7600");
	}

	@Test
	void aTargetOrDirectionChangeThatReachesALockedYear_isRefused_evenWithoutAFromYear() {
		locked.lock(PLAN, R6);
		assertThat(refusal(() -> definitions.edit(planner, visitors.id(), target("7,600", "R6"), "見直し")))
			.isEqualTo(LOCKED_R6);
		assertThat(refusal(() -> definitions.edit(planner, visitors.id(), target("7,600", ""), "見直し")))
			.isEqualTo(LOCKED_R6);
		KpiDefinition decrease = new KpiDefinition(visitors.name(), "DECREASE", "7,468", "R7", null, "R5");
		assertThat(refusal(() -> definitions.edit(planner, visitors.id(), decrease, "見直し"))).isEqualTo(LOCKED_R6);
		assertThat(kpis.targetRevisions(visitors.id())).isEmpty();
		assertThat(kpis.findById(visitors.id()).orElseThrow()).isEqualTo(visitors);
	}

	@Test
	void renamingALockedKpi_isAllowed_sinceItChangesNoGrade() {
		locked.lock(PLAN, R6);
		KpiDefinition renamed = new KpiDefinition("観光入込客数（延べ）", "INCREASE", "7,468", "R7", "定義", "");
		assertThat(definitions.edit(planner, visitors.id(), renamed, "名称の統一")).isEmpty();
		assertThat(kpis.findById(visitors.id()).orElseThrow().name()).isEqualTo("観光入込客数（延べ）");
		assertThat(kpis.targetRevisions(visitors.id())).isEmpty();
	}

	@Test
	void aFromYearOutsideThePlan_isAProblemOfThatField() {
		assertThat(definitions.edit(planner, visitors.id(), target("7,600", "R9"), "見直し"))
			.extracting(FieldProblem::field)
			.containsExactly("targetFrom");
	}

	@Test
	void aRevisedBaseline_appliesToEveryYear_soALockedYearRefusesIt() {
		locked.lock(PLAN, FiscalYear.of(2022));
		assertThat(refusal(() -> baselines.revise(planner, visitors.id(), "7,300千人", null, "統計の遡及改定")))
			.isEqualTo(Problem.of("collection.value.locked", "R4"));
		assertThat(kpis.baselineRevisions(visitors.id())).isEmpty();
	}

	@Test
	void theTargetYear_mustComeAfterTheBaselineYear_andTheBaselineYearBeforeTheTargetYear() {
		assertThat(definitions.edit(planner, visitors.id(),
				new KpiDefinition(visitors.name(), "INCREASE", "7,600", "R2", null, null), "見直し"))
			.containsExactly(FieldProblem.of("targetYear", "kpi.definition.target-before-baseline", "R2", "R2"));
		assertThat(baselines.revise(planner, visitors.id(), "7,300", "R7", "改定"))
			.containsExactly(FieldProblem.of("baselineYear", "kpi.baseline.year-after-target", "R7", "R7"));
		assertThat(Target.of(BigDecimal.ONE, FiscalYear.of(2020), new Baseline(BigDecimal.ONE, FiscalYear.of(2020)))
			.rejection()).contains(Problem.of("kpi.definition.target-before-baseline", "R2", "R2"));
		assertThat(Target.of(BigDecimal.ONE, null, new Baseline(BigDecimal.ONE, FiscalYear.of(2020))).accepted())
			.isPresent();
	}

	@Test
	void onlyThePlansPlanners_mayChangeWhatThePlanSaysAboutAKpi() {
		List<Viewer> others = List.of(Viewer.PUBLIC, viewer("editor", new Grant(bureau, Role.DEPARTMENT_EDITOR, 3L)),
				viewer("reviewer", new Grant(bureau, Role.REVIEWER, null)),
				viewer("elsewhere", new Grant(other, Role.PLANNER, null)));
		for (Viewer viewer : others) {
			assertThatThrownBy(() -> milestones.set(viewer, visitors.id(), "R7", "7,450千人"))
				.isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> baselines.revise(viewer, visitors.id(), "7,300千人", null, "改定"))
				.isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> definitions.edit(viewer, visitors.id(), target("7,600", "R7"), "見直し"))
				.isInstanceOf(AccessDenied.class);
		}
		assertThat(kpis.milestones(visitors.id())).isEmpty();
		assertThat(kpis.baselineRevisions(visitors.id())).isEmpty();
		assertThat(kpis.targetRevisions(visitors.id())).isEmpty();
	}

}
