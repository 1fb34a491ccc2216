package jp.suishin.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.Publication;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.BaselineRevision;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.TargetRevision;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.progress.EvaluationScheme;
import jp.suishin.progress.Evaluator;
import jp.suishin.progress.KpiFigures;
import jp.suishin.progress.Schemes;

/**
 * Builds the page of one KPI as one viewer may see it ({@link Publication.Reading}): an
 * outsider's page holds no value that is not published, no login and no audit trail,
 * whatever a template or an API mapping does with it.
 */
public final class KpiDetailQuery {

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final OrganisationRepository organisations;

	private final AuditTrail audit;

	private final Publication publication;

	private final SchemeRevisions schemes;

	public KpiDetailQuery(PlanRepository plans, KpiRepository kpis, OrganisationRepository organisations,
			AuditTrail audit, Publication publication, SchemeRevisions schemes) {
		this.plans = plans;
		this.kpis = kpis;
		this.organisations = organisations;
		this.audit = audit;
		this.publication = publication;
		this.schemes = schemes;
	}

	/** The page as the viewer may see it. */
	public KpiDetail kpiDetail(Viewer viewer, long kpiId) {
		Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
		PlanTree tree = plans.tree(kpi.planId()).orElseThrow(() -> new PlanNotFoundException(kpi.planId()));
		Publication.Reading reading = publication.ofPlan(viewer, tree.plan());
		List<YearlyValue> shown = reading.values(kpis.values(kpiId));
		Map<FiscalYear, YearlyValue> values = shown.stream()
			.collect(Collectors.toMap(YearlyValue::year, Function.identity()));
		EvaluationScheme scheme = Schemes.builtIn(tree.plan().scheme());
		NavigableMap<FiscalYear, BigDecimal> milestones = kpis.milestones(kpiId);
		List<BaselineRevision> revisions = kpis.baselineRevisions(kpiId);
		List<TargetRevision> targetRevisions = kpis.targetRevisions(kpiId);
		List<SchemeRevision> schemeRevisions = schemes.ofPlan(kpi.planId());
		KpiFigures figures = KpiFiguresOf.of(kpi, "", false, values, milestones, revisions,
				tree.plan().baselinePolicy());
		List<KpiDetail.Year> years = tree.plan().period().years().stream().map(y -> {
			// each year is graded on the direction, target and scheme in force that year
			KpiFigures graded = KpiFiguresOf.of(kpi.gradedIn(y, targetRevisions), "", false, values, milestones,
					revisions, tree.plan().baselinePolicy());
			Evaluator evaluator = new Evaluator(
					Schemes.builtIn(SchemeRevision.inForce(tree.plan().scheme(), schemeRevisions, y)));
			return new KpiDetail.Year(y, values.get(y), Figures.actual(kpi, values.get(y)),
					milestones.containsKey(y) ? QuantityFormat.format(milestones.get(y), kpi.unit()) : "",
					evaluator.evaluate(graded, y));
		}).toList();
		List<PlanNode> listedUnder = kpis.listingsOfPlan(kpi.planId())
			.stream()
			.filter(l -> l.kpiId() == kpiId)
			.map(l -> tree.node(l.nodeId()).orElseThrow())
			.toList();
		// The audit trail (before and after values, logins) is not even read for those
		// who may not see it.
		List<AuditEntry> history = reading.seesAuditTrail() ? audit.of(AuditSubject.kpi(kpiId)) : List.of();
		return new KpiDetail(kpi, tree.plan(), organisations.findById(tree.plan().ownerId()).orElseThrow(),
				reading.rights(), listedUnder, Figures.baseline(figures.baseline(), kpi.unit()), Figures.target(kpi),
				scheme, years, shown, milestones,
				revisions.stream()
					.map(r -> new KpiDetail.Revision(r.revisedOn(), r.baseline(),
							Figures.baseline(r.baseline(), kpi.unit()), r.reason(), reading.login(r.revisedBy())))
					.toList(),
				targetRevisions.stream()
					.map(r -> new KpiDetail.TargetChange(r.from(), r.direction(),
							Figures.target(r.target(), kpi.unit()), r.previousDirection(),
							Figures.target(r.previousTarget(), kpi.unit()), r.revisedAt(), r.reason(),
							reading.login(r.revisedBy())))
					.toList(),
				reading.seesAuditTrail(), history, chart(kpi, figures.baseline(), tree, values, milestones));
	}

	/**
	 * The chart's series; the milestone series runs from the baseline through the
	 * milestones to the target, so it draws the planned path as a dotted line.
	 */
	private static KpiDetail.Chart chart(Kpi kpi, Baseline baseline, PlanTree tree, Map<FiscalYear, YearlyValue> values,
			NavigableMap<FiscalYear, BigDecimal> milestones) {
		int from = tree.plan().period().from().value();
		int to = tree.plan().period().to().value();
		if (baseline != null && baseline.year() != null) {
			from = Math.min(from, baseline.year().value());
		}
		if (kpi.target() != null && kpi.target().year() != null) {
			to = Math.max(to, kpi.target().year().value());
		}
		for (FiscalYear year : values.keySet()) {
			from = Math.min(from, year.value());
			to = Math.max(to, year.value());
		}
		List<String> labels = new ArrayList<>();
		List<Integer> western = new ArrayList<>();
		List<BigDecimal> actuals = new ArrayList<>();
		List<BigDecimal> planned = new ArrayList<>();
		for (int y = from; y <= to; y++) {
			FiscalYear year = FiscalYear.of(y);
			labels.add(year.eraLabel());
			western.add(y);
			YearlyValue value = values.get(year);
			actuals.add(value == null ? null : value.actual().amount().orElse(null));
			planned.add(plannedValue(kpi, baseline, milestones, year));
		}
		boolean anyMilestone = !milestones.isEmpty();
		return new KpiDetail.Chart(labels, western, actuals, anyMilestone ? planned : List.of(),
				baseline == null ? null : baseline.value(), Figures.baseline(baseline, kpi.unit()),
				kpi.target() == null ? null : kpi.target().value(), Figures.target(kpi), kpi.unit().text());
	}

	private static BigDecimal plannedValue(Kpi kpi, Baseline baseline, NavigableMap<FiscalYear, BigDecimal> milestones,
			FiscalYear year) {
		if (milestones.containsKey(year)) {
			return milestones.get(year);
		}
		if (kpi.target() != null && year.equals(kpi.target().year())) {
			return kpi.target().value();
		}
		if (baseline != null && year.equals(baseline.year())) {
			return baseline.value();
		}
		return null;
	}

}
