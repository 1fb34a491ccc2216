package jp.suishin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.Plan;
import jp.suishin.refusal.Problem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import jp.suishin.testing.InMemoryLockedYears;
import jp.suishin.testing.InMemoryOrganisations;
import jp.suishin.testing.InMemoryPlans;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a planner changes about a whole plan (the scheme, the analysis), with in-memory
 * ports: only the plan's planners may; a scheme given from a year with fixed figures is
 * refused with the one locked message, one from an open year is kept with its history and
 * the years before keep their scheme; a locked year's analysis stays as published.
 */
class PlannerEditsOfAPlanTests {

	static final long PLAN = 3;

	static final FiscalYear R6 = FiscalYear.of(2024);

	static final FiscalYear R7 = FiscalYear.of(2025);

	InMemoryOrganisations organisations = new InMemoryOrganisations();

	InMemoryLockedYears locked = new InMemoryLockedYears();

	InMemoryPlans plans = new InMemoryPlans();

	List<SchemeRevision> revisions = new ArrayList<>();

	Map<FiscalYear, String> analyses = new HashMap<>();

	long bureau;

	Viewer planner;

	ChoosingScheme choosing;

	SavingAnalysis saving;

	@BeforeEach
	void plan() {
		bureau = organisations.bureau("sorachi");
		plans.put(new Plan(PLAN, "sorachi", "空知", bureau, FiscalPeriod.of(2021, 2025), List.of("プロジェクト"), null, null,
				null, "ratio", BaselinePolicy.REVISED));
		locked.kpi(11, PLAN);
		planner = new Viewer(1L, "planner", "planner", false, List.of(new Grant(bureau, Role.PLANNER, null)));
		AccessPolicy access = new AccessPolicy(organisations);
		choosing = new ChoosingScheme(plans, new Revisions(), access, locked, InOneTransaction.DIRECTLY);
		saving = new SavingAnalysis(new Analyses(), plans::findById, access, locked, InOneTransaction.DIRECTLY);
	}

	static Problem conflict(Runnable change) {
		try {
			change.run();
		}
		catch (Refused refused) {
			assertThat(refused.refusal()).isInstanceOf(Refusal.Conflict.class);
			return ((Refusal.Conflict) refused.refusal()).problem();
		}
		throw new AssertionError("not refused");
	}

	String schemeIn(FiscalYear year) {
		return SchemeRevision.inForce(plans.findById(PLAN).orElseThrow().scheme(), revisions, year);
	}

	@Test
	void aSchemeFromAnOpenYear_isKeptWithItsHistory_whileTheLockedYearKeepsItsScheme() {
		locked.lock(PLAN, R6);
		assertThat(choosing.choose(planner, PLAN, "sabc", "R7", "中間見直し")).isTrue();
		assertThat(revisions).singleElement().satisfies(revision -> {
			assertThat(revision.from()).isEqualTo(R7);
			assertThat(revision.previousScheme()).isEqualTo("ratio");
			assertThat(revision.reason()).isEqualTo("中間見直し");
			assertThat(revision.revisedBy()).isEqualTo("planner");
		});
		assertThat(schemeIn(R6)).isEqualTo("ratio");
		assertThat(schemeIn(R7)).isEqualTo("sabc");
	}

	@Test
	void aSchemeThatWouldRegradeAFixedYear_isRefusedWithTheLockedMessage() {
		locked.approve(11, R6);
		Problem lockedR6 = Problem.of("collection.value.locked", "R6");
		assertThat(conflict(() -> choosing.choose(planner, PLAN, "sabc", "R6", "見直し"))).isEqualTo(lockedR6);
		assertThat(conflict(() -> choosing.choose(planner, PLAN, "sabc", "", "見直し"))).isEqualTo(lockedR6);
		assertThat(revisions).isEmpty();
		assertThat(plans.findById(PLAN).orElseThrow().scheme()).isEqualTo("ratio");
	}

	@Test
	void aSchemeWithoutReason_isRefusedNamingTheField() {
		assertThatThrownBy(() -> choosing.choose(planner, PLAN, "sabc", "R7", " ")).isInstanceOfSatisfying(
				Refused.class,
				refused -> assertThat(((Refusal.Invalid) refused.refusal()).problems())
					.extracting(p -> p.field() + " " + p.problem().messageKey())
					.containsExactly("schemeReason reason.required"));
		assertThat(revisions).isEmpty();
	}

	@Test
	void aLockedYearsAnalysis_staysAsPublished_butApprovedValuesAloneDoNotFixIt() {
		locked.approve(11, R6);
		assertThat(saving.save(planner, PLAN, R6, "分析")).isEqualTo(SavingAnalysis.AnalysisOutcome.SAVED);
		locked.lock(PLAN, R6);
		assertThat(conflict(() -> saving.save(planner, PLAN, R6, "書き換え")))
			.isEqualTo(Problem.of("collection.value.locked", "R6"));
		assertThat(conflict(() -> saving.save(planner, PLAN, R6, ""))).isNotNull();
		assertThat(analyses).containsEntry(R6, "分析");
	}

	@Test
	void onlyThePlansPlanners_mayChooseTheSchemeOrWriteTheAnalysis() {
		Viewer editor = new Viewer(2L, "editor", "editor", false,
				List.of(new Grant(bureau, Role.DEPARTMENT_EDITOR, 5L)));
		for (Viewer viewer : List.of(Viewer.PUBLIC, editor)) {
			assertThatThrownBy(() -> choosing.choose(viewer, PLAN, "sabc", "R7", "見直し"))
				.isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> saving.save(viewer, PLAN, R7, "分析")).isInstanceOf(AccessDenied.class);
		}
		assertThat(revisions).isEmpty();
		assertThat(analyses).isEmpty();
	}

	final class Revisions implements SchemeRevisions {

		@Override
		public List<SchemeRevision> ofPlan(long planId) {
			return List.copyOf(revisions);
		}

		@Override
		public void revise(long planId, FiscalYear from, String scheme, String reason, String user) {
			Plan plan = plans.findById(planId).orElseThrow();
			revisions.add(new SchemeRevision(planId, from, scheme, plan.scheme(), Instant.now(), reason, user));
			plans.put(new Plan(plan.id(), plan.key(), plan.name(), plan.ownerId(), plan.period(), plan.levelNames(),
					plan.source(), plan.summary(), plan.donationBudget(), scheme, plan.baselinePolicy()));
		}

	}

	final class Analyses implements AnalysisRepository {

		@Override
		public Optional<SavedAnalysis> find(long planId, FiscalYear year) {
			return Optional.ofNullable(analyses.get(year)).map(text -> new SavedAnalysis(text, Instant.now(), "x"));
		}

		@Override
		public void save(long planId, FiscalYear year, String text, String user) {
			analyses.put(year, text);
		}

		@Override
		public void delete(long planId, FiscalYear year, String user) {
			analyses.remove(year);
		}

	}

}
