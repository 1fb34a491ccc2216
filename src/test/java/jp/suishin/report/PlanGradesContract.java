package jp.suishin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.GradeSummary;
import jp.suishin.progress.Schemes;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What must hold on every database for the grading of many plans at once
 * ({@link PlanGradesQuery}) and the bulk reads under it: it grades each plan exactly as
 * the plan's own KPI list does, for the public and for a planner, also while a year's
 * values are withheld from the public by an open collection. Run by
 * {@link PlanGradesOnEmbeddedDatabaseTests} always and {@link PlanGradesOnPostgresTests}
 * when PostgreSQL is configured.
 */
abstract class PlanGradesContract {

	@Autowired
	PlanGradesQuery planGrades;

	@Autowired
	KpiListQuery kpiLists;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	CollectionRepository collections;

	static final FiscalYear YEAR = FiscalYear.of(2024);

	Set<Long> everyOrganisation() {
		return organisations.findAll().stream().map(Organization::id).collect(Collectors.toSet());
	}

	Map<Long, GradeSummary> graded(Viewer viewer, Set<Long> organisationIds, Optional<String> scheme) {
		Map<Long, GradeSummary> summaries = new HashMap<>();
		planGrades.grade(viewer, organisationIds, YEAR, scheme, graded -> {
			assertThat(summaries).as("plan %s handed twice", graded.plan().key()).doesNotContainKey(graded.plan().id());
			summaries.put(graded.plan().id(), graded.grading().summary());
		});
		return summaries;
	}

	void gradesAsEachKpiListDoes(Viewer viewer) {
		for (Optional<String> scheme : schemesToTry()) {
			Map<Long, GradeSummary> summaries = graded(viewer, everyOrganisation(), scheme);
			assertThat(summaries.keySet())
				.containsExactlyInAnyOrderElementsOf(plans.findAll().stream().map(Plan::id).toList());
			for (Plan plan : plans.findAll()) {
				GradeSummary own = kpiLists.kpiList(viewer, plan.id(), Optional.of(YEAR), scheme)
					.evaluation()
					.summary();
				assertThat(summaries.get(plan.id())).as("%s under %s", plan.key(), scheme).isEqualTo(own);
			}
		}
	}

	static List<Optional<String>> schemesToTry() {
		List<Optional<String>> schemes = new ArrayList<>();
		schemes.add(Optional.empty());
		Schemes.BUILT_IN.forEach(name -> schemes.add(Optional.of(name)));
		return schemes;
	}

	@Test
	void gradesEveryPlanAsItsKpiListDoes_forThePublicAndAPlanner() {
		gradesAsEachKpiListDoes(Viewer.PUBLIC);
		Plan sorachi = plans.findByKey(SorachiKpiListContract.SORACHI).orElseThrow();
		gradesAsEachKpiListDoes(
				new Viewer(1L, "planner", "planner", false, List.of(new Grant(sorachi.ownerId(), Role.PLANNER, null))));
	}

	@Test
	void anOpenCollectionWithholdsItsYearFromThePublicOnly() {
		Plan sorachi = plans.findByKey(SorachiKpiListContract.SORACHI).orElseThrow();
		Viewer planner = new Viewer(1L, "planner", "planner", false,
				List.of(new Grant(sorachi.ownerId(), Role.PLANNER, null)));
		GradeSummary before = graded(Viewer.PUBLIC, Set.of(sorachi.ownerId()), Optional.empty()).get(sorachi.id());
		collections.open(sorachi.id(), YEAR, LocalDate.of(2025, 7, 31),
				kpis.findByPlan(sorachi.id()).stream().map(Kpi::id).toList(), "planner");
		GradeSummary withheld = graded(Viewer.PUBLIC, Set.of(sorachi.ownerId()), Optional.empty()).get(sorachi.id());
		assertThat(withheld).isNotEqualTo(before);
		assertThat(withheld.evaluated()).isLessThan(before.evaluated());
		assertThat(graded(planner, Set.of(sorachi.ownerId()), Optional.empty()).get(sorachi.id())).isEqualTo(before);
		gradesAsEachKpiListDoes(Viewer.PUBLIC);
		gradesAsEachKpiListDoes(planner);
	}

	@Test
	void gradesOnlyThePlansOfTheOrganisationsAsked() {
		Plan sorachi = plans.findByKey(SorachiKpiListContract.SORACHI).orElseThrow();
		Set<Long> owned = plans.findAll()
			.stream()
			.filter(p -> p.ownerId() == sorachi.ownerId())
			.map(Plan::id)
			.collect(Collectors.toSet());
		assertThat(graded(Viewer.PUBLIC, Set.of(sorachi.ownerId()), Optional.empty()).keySet())
			.containsExactlyInAnyOrderElementsOf(owned);
		assertThat(graded(Viewer.PUBLIC, Set.of(), Optional.empty())).isEmpty();
	}

	@Test
	void bulkReadsAreThePerPlanReadsTogether() {
		Set<Long> ids = new TreeSet<>(plans.findAll().stream().map(Plan::id).toList());
		Map<Long, List<Kpi>> kpisByPlan = kpis.findByPlans(ids);
		Map<Long, List<YearlyValue>> values = new HashMap<>();
		kpis.valuesOfPlans(ids, YEAR, (plan, stored) -> values.put(plan, stored));
		assertThat(values.keySet()).isEqualTo(ids);
		for (long plan : ids) {
			assertThat(kpisByPlan.getOrDefault(plan, List.of())).isEqualTo(kpis.findByPlan(plan));
			// in node and print order, where nodes of the same depth and position may
			// come in
			// any order
			assertThat(kpis.listingsOfPlans(ids).getOrDefault(plan, List.of()))
				.containsExactlyInAnyOrderElementsOf(kpis.listingsOfPlan(plan));
			assertThat(values.get(plan)).as("values of plan %s", plan)
				.containsExactlyElementsOf(
						kpis.valuesOfPlan(plan).stream().filter(v -> !v.year().isAfter(YEAR)).toList());
			kpis.milestonesOfPlan(plan)
				.forEach((kpi, m) -> assertThat(kpis.milestonesOfPlans(ids)).containsEntry(kpi, m));
			kpis.baselineRevisionsOfPlan(plan)
				.forEach((kpi, r) -> assertThat(kpis.baselineRevisionsOfPlans(ids)).containsEntry(kpi, r));
			kpis.targetRevisionsOfPlan(plan)
				.forEach((kpi, r) -> assertThat(kpis.targetRevisionsOfPlans(ids)).containsEntry(kpi, r));
		}
	}

}
