package jp.suishin.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import jp.suishin.account.Viewer;
import jp.suishin.collection.Publication;
import jp.suishin.kpi.BaselineRevision;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.TargetRevision;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.EvaluationScheme;
import jp.suishin.progress.Evaluator;
import jp.suishin.progress.Grading;
import jp.suishin.progress.KpiFigures;
import jp.suishin.progress.Schemes;

/**
 * The plans of many organisations graded for a fiscal year, as a viewer may see them: the
 * national grading, a prefecture comparing its municipalities. Grades and summaries only
 * ({@link Evaluator#grade}), the same as each plan's KPI list grades them
 * ({@link KpiListQuery}): the same visibility ({@link Publication}), the same figures
 * ({@link KpiFiguresOf}), the same scheme in force. A handful of statements whatever the
 * number of plans, the values streamed a plan at a time.
 */
public final class PlanGradesQuery {

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final Publication publication;

	private final SchemeRevisions schemes;

	public PlanGradesQuery(PlanRepository plans, KpiRepository kpis, Publication publication, SchemeRevisions schemes) {
		this.plans = plans;
		this.kpis = kpis;
		this.publication = publication;
		this.schemes = schemes;
	}

	/**
	 * One plan graded.
	 *
	 * @param grading the grades of its KPI rows (in the order of
	 * {@link KpiRepository#listingsOfPlan}) and their summary
	 */
	public record PlanGrades(Plan plan, Grading grading) {
	}

	/**
	 * Every plan owned by one of the organisations, graded for the year on the values the
	 * viewer sees, handed to {@code each} as soon as it is graded, in no particular
	 * order. {@code each} must not read the database: the values are still being read.
	 * @param scheme the name of a built-in scheme to grade every plan with; empty for
	 * each plan's own, in force that year
	 */
	public void grade(Viewer viewer, Set<Long> organisationIds, FiscalYear year, Optional<String> scheme,
			Consumer<PlanGrades> each) {
		List<Plan> chosen = plans.findAll()
			.stream()
			.filter(plan -> organisationIds.contains(plan.ownerId()))
			.sorted(Comparator.comparingLong(Plan::id))
			.toList();
		if (chosen.isEmpty()) {
			return;
		}
		Map<Long, Plan> byId = new HashMap<>();
		chosen.forEach(plan -> byId.put(plan.id(), plan));
		Set<Long> ids = byId.keySet();
		Map<Long, Publication.Reading> readings = publication.ofPlans(viewer, chosen);
		Map<Long, List<Kpi>> kpisByPlan = kpis.findByPlans(ids);
		Map<Long, List<KpiListing>> listings = kpis.listingsOfPlans(ids);
		Map<Long, NavigableMap<FiscalYear, BigDecimal>> milestones = kpis.milestonesOfPlans(ids);
		Map<Long, List<BaselineRevision>> revisions = kpis.baselineRevisionsOfPlans(ids);
		Map<Long, List<TargetRevision>> targetRevisions = kpis.targetRevisionsOfPlans(ids);
		Map<Long, List<SchemeRevision>> schemeRevisions = scheme.isPresent() ? Map.of() : schemes.ofPlans(ids);
		Map<String, Evaluator> evaluators = new HashMap<>();
		kpis.valuesOfPlans(ids, year, (planId, stored) -> {
			Plan plan = byId.get(planId);
			Map<Long, Map<FiscalYear, YearlyValue>> values = new HashMap<>();
			for (YearlyValue value : readings.get(planId).values(stored)) {
				values.computeIfAbsent(value.kpiId(), id -> new HashMap<>()).put(value.year(), value);
			}
			Map<Long, Kpi> kpiById = new HashMap<>();
			kpisByPlan.getOrDefault(planId, List.of()).forEach(kpi -> kpiById.put(kpi.id(), kpi));
			List<KpiListing> rows = listings.getOrDefault(planId, List.of());
			List<KpiFigures> figures = new ArrayList<>(rows.size());
			for (KpiListing listing : rows) {
				Kpi kpi = kpiById.get(listing.kpiId())
					.gradedIn(year, targetRevisions.getOrDefault(listing.kpiId(), List.of()));
				// no project: it only heads an analysis, which grading does not draft
				figures.add(KpiFiguresOf.of(kpi, null, listing.relisted(), values.getOrDefault(kpi.id(), Map.of()),
						milestones.getOrDefault(kpi.id(), new TreeMap<>()), revisions.getOrDefault(kpi.id(), List.of()),
						plan.baselinePolicy()));
			}
			String name = scheme.orElseGet(
					() -> SchemeRevision.inForce(plan.scheme(), schemeRevisions.getOrDefault(planId, List.of()), year));
			Evaluator evaluator = evaluators.computeIfAbsent(name, n -> new Evaluator(Schemes.builtIn(n)));
			each.accept(new PlanGrades(plan, evaluator.grade(year, figures)));
		});
	}

}
