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
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.suishin.account.Viewer;
import jp.suishin.collection.Publication;
import jp.suishin.kpi.BaselineRevision;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.TargetRevision;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.progress.Evaluation;
import jp.suishin.progress.EvaluationScheme;
import jp.suishin.progress.Evaluator;
import jp.suishin.progress.KpiEvaluation;
import jp.suishin.progress.KpiFigures;
import jp.suishin.progress.Milestone;
import jp.suishin.progress.Schemes;

/** Builds a plan's KPI list for a fiscal year from what is stored. */
public final class KpiListQuery {

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final OrganisationRepository organisations;

	private final AnalysisRepository analyses;

	private final Publication publication;

	private final SchemeRevisions schemes;

	public KpiListQuery(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations,
			AnalysisRepository analyses, Publication publication, SchemeRevisions schemes) {
		this.plans = plans;
		this.kpis = kpis;
		this.organisations = organisations;
		this.analyses = analyses;
		this.publication = publication;
		this.schemes = schemes;
	}

	/**
	 * The KPI list for a year as the viewer may see it; without a year, for the latest
	 * year that has values the viewer sees (or the plan's first year when none has).
	 */
	public KpiList kpiList(Viewer viewer, long planId, Optional<FiscalYear> requestedYear) {
		return kpiList(viewer, planId, requestedYear, Optional.empty());
	}

	/**
	 * The KPI list as the viewer may see it ({@link Publication.Reading}): outsiders get
	 * no value that is not published and no login, and the list is graded on what they
	 * see.
	 * @param scheme the name of a built-in scheme to grade with instead of the plan's, to
	 * compare; empty for the plan's own
	 */
	public KpiList kpiList(Viewer viewer, long planId, Optional<FiscalYear> requestedYear, Optional<String> scheme) {
		PlanTree tree = plans.tree(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		Publication.Reading reading = publication.ofPlan(viewer, tree.plan());
		Map<Long, Kpi> kpiById = kpis.findByPlan(planId)
			.stream()
			.collect(Collectors.toMap(Kpi::id, Function.identity()));
		Map<Long, Map<FiscalYear, YearlyValue>> values = new HashMap<>();
		List<YearlyValue> stored = kpis.valuesOfPlan(planId);
		for (YearlyValue value : reading.values(stored)) {
			values.computeIfAbsent(value.kpiId(), id -> new HashMap<>()).put(value.year(), value);
		}
		TreeSet<FiscalYear> yearsWithValues = values.values()
			.stream()
			.flatMap(byYear -> byYear.keySet().stream())
			.collect(Collectors.toCollection(TreeSet::new));
		FiscalYear year = requestedYear
			.orElseGet(() -> yearsWithValues.isEmpty() ? tree.plan().period().from() : yearsWithValues.last());

		List<FiscalYear> columns = tree.plan().period().years().stream().filter(y -> !y.isAfter(year)).toList();
		Set<FiscalYear> selectable = new TreeSet<>(tree.plan().period().years());
		selectable.addAll(yearsWithValues);

		List<KpiListing> listings = inPrintOrder(tree, kpis.listingsOfPlan(planId));
		Map<Long, NavigableMap<FiscalYear, BigDecimal>> milestones = kpis.milestonesOfPlan(planId);
		Map<Long, List<BaselineRevision>> revisions = kpis.baselineRevisionsOfPlan(planId);
		Map<Long, List<TargetRevision>> targetRevisions = kpis.targetRevisionsOfPlan(planId);
		List<SchemeRevision> schemeRevisions = schemes.ofPlan(planId);
		List<KpiFigures> figures = new ArrayList<>();
		for (KpiListing listing : listings) {
			Kpi kpi = kpiById.get(listing.kpiId())
				.gradedIn(year, targetRevisions.getOrDefault(listing.kpiId(), List.of()));
			figures.add(KpiFiguresOf.of(kpi, tree.topOf(tree.node(listing.nodeId()).orElseThrow()).title(),
					listing.relisted(), values.getOrDefault(kpi.id(), Map.of()),
					milestones.getOrDefault(kpi.id(), new TreeMap<>()), revisions.getOrDefault(kpi.id(), List.of()),
					tree.plan().baselinePolicy()));
		}
		EvaluationScheme evaluationScheme = Schemes
			.builtIn(scheme.orElse(SchemeRevision.inForce(tree.plan().scheme(), schemeRevisions, year)));
		Evaluation evaluation = new Evaluator(evaluationScheme).evaluate(year, figures, tree.plan().period(),
				List.of());
		List<KpiList.Row> rows = new ArrayList<>();
		for (int i = 0; i < listings.size(); i++) {
			KpiListing listing = listings.get(i);
			Kpi kpi = kpiById.get(listing.kpiId());
			Map<FiscalYear, YearlyValue> byYear = values.getOrDefault(kpi.id(), Map.of());
			KpiEvaluation evaluated = evaluation.rows().get(i);
			List<KpiList.Cell> cells = columns.stream().map(y -> cell(kpi, y, year, byYear, evaluated)).toList();
			PlanNode node = tree.node(listing.nodeId()).orElseThrow();
			Milestone milestone = evaluated.actual() != null && !evaluated.actualYear().equals(year)
					? evaluated.milestone()
					: Milestone.of(evaluated.kpi(), year, evaluationScheme.interpolateMilestones());
			rows.add(new KpiList.Row(node, 0, kpi, listing.relisted(),
					Figures.baseline(evaluated.kpi().baseline(), kpi.unit()), cells,
					milestone == null ? "－" : Figures.milestone(milestone, year, kpi.unit()),
					Figures.target(evaluated.kpi().target(), kpi.unit()), evaluated));
		}
		Organization owner = organisations.findById(tree.plan().ownerId()).orElseThrow();
		// A planner's analysis of a year whose values the reader may not see yet is
		// working text too: the reader gets the draft written from what it sees.
		Optional<AnalysisRepository.SavedAnalysis> saved = reading.withholdsAny(stored, year) ? Optional.empty()
				: analyses.find(planId, year);
		return new KpiList(tree.plan(), owner, reading.rights(), year, columns, List.copyOf(selectable),
				mergeNodeCells(rows), evaluation,
				saved.map(AnalysisRepository.SavedAnalysis::text).orElse(evaluation.analysis()), saved.isPresent(),
				schemeRevisions.stream()
					.map(r -> new SchemeRevision(r.planId(), r.from(), r.scheme(), r.previousScheme(), r.revisedAt(),
							r.reason(), reading.login(r.revisedBy())))
					.toList());
	}

	/**
	 * A year's cell; in the report year's column a value from an earlier year that the
	 * scheme graded on (latest available) is shown with its year: {@code 1,234人（R4）}.
	 */
	private static KpiList.Cell cell(Kpi kpi, FiscalYear column, FiscalYear reportYear,
			Map<FiscalYear, YearlyValue> byYear, KpiEvaluation evaluated) {
		YearlyValue value = byYear.get(column);
		if (column.equals(reportYear) && value == null && evaluated.actual() != null
				&& !evaluated.actualYear().equals(reportYear)) {
			YearlyValue lagging = byYear.get(evaluated.actualYear());
			return new KpiList.Cell(column, lagging,
					QuantityFormat.withYear(Figures.actual(kpi, lagging), evaluated.actualYear()), true);
		}
		return new KpiList.Cell(column, value, Figures.actual(kpi, value), false);
	}

	private static List<KpiListing> inPrintOrder(PlanTree tree, List<KpiListing> listings) {
		Map<Long, Integer> nodeOrder = new HashMap<>();
		List<PlanNode> reading = tree.inReadingOrder();
		for (int i = 0; i < reading.size(); i++) {
			nodeOrder.put(reading.get(i).id(), i);
		}
		return listings.stream()
			.sorted(Comparator.<KpiListing>comparingInt(l -> nodeOrder.getOrDefault(l.nodeId(), Integer.MAX_VALUE))
				.thenComparingInt(KpiListing::position))
			.toList();
	}

	private static List<KpiList.Row> mergeNodeCells(List<KpiList.Row> rows) {
		List<KpiList.Row> merged = new ArrayList<>();
		int i = 0;
		while (i < rows.size()) {
			int j = i;
			while (j < rows.size() && rows.get(j).node().id() == rows.get(i).node().id()) {
				j++;
			}
			for (int k = i; k < j; k++) {
				KpiList.Row r = rows.get(k);
				merged.add(new KpiList.Row(r.node(), k == i ? j - i : 0, r.kpi(), r.relisted(), r.baseline(), r.cells(),
						r.milestone(), r.target(), r.evaluation()));
			}
			i = j;
		}
		return merged;
	}

}
