package jp.suishin.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.collection.Publication;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

/**
 * The KPIs linked to one KPI, as a viewer may see them: each with its own organisation,
 * plan, unit and its latest value the viewer may see ({@link Publication}: published
 * values only of organisations the viewer does not take part in). A handful of statements
 * whatever the number of links: the links, their KPIs, the plans, the organisations, the
 * readings and the values each in one go.
 */
public final class LinkedKpisQuery {

	private final KpiLinks links;

	private final KpiRepository kpis;

	private final PlanRepository plans;

	private final OrganisationRepository organisations;

	private final Publication publication;

	private final AccessPolicy access;

	public LinkedKpisQuery(KpiLinks links, KpiRepository kpis, PlanRepository plans,
			OrganisationRepository organisations, Publication publication, AccessPolicy access) {
		this.links = links;
		this.kpis = kpis;
		this.plans = plans;
		this.organisations = organisations;
		this.publication = publication;
		this.access = access;
	}

	/**
	 * A KPI's links.
	 *
	 * @param mayLink whether the viewer plans for the KPI, and so may link it and remove
	 * its own links
	 */
	public record LinkedKpis(long kpiId, Unit unit, List<Linked> linked, boolean mayLink) {

		/**
		 * The latest year any KPI contributing to this one has a value the reader may
		 * see: the year the page shows the computed value of.
		 */
		public Optional<FiscalYear> latestContributedYear() {
			return linked.stream()
				.filter(l -> !l.outgoing() && l.link().kind() == LinkKind.CONTRIBUTES_TO)
				.map(Linked::latestYear)
				.flatMap(Optional::stream)
				.max(Comparator.comparingInt(FiscalYear::value));
		}

	}

	/**
	 * One linked KPI.
	 *
	 * @param outgoing whether the KPI shown links to this one (its planners made the link
	 * and may remove it), rather than this one linking to it
	 * @param latest the latest value of the KPI the viewer may see, if any
	 */
	public record Linked(KpiLink link, boolean outgoing, Kpi kpi, Plan plan, Organization owner,
			Optional<YearlyValue> latest) {

		/** The latest value as the KPI's unit writes it, or empty. */
		public String latestText() {
			return latest.map(value -> value.actual().display(kpi.unit())).orElse("");
		}

		public Optional<FiscalYear> latestYear() {
			return latest.map(YearlyValue::year);
		}

	}

	public LinkedKpis of(Viewer viewer, long kpiId) {
		Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
		List<KpiLink> all = links.ofKpi(kpiId);
		Plan own = plans.findById(kpi.planId()).orElseThrow();
		boolean mayLink = access.on(viewer, own.ownerId()).plan();
		if (all.isEmpty()) {
			return new LinkedKpis(kpiId, kpi.unit(), List.of(), mayLink);
		}
		Map<Long, Kpi> others = new HashMap<>();
		kpis.findByIds(all.stream().map(link -> link.otherThan(kpiId)).toList())
			.forEach(other -> others.put(other.id(), other));
		Map<Long, Plan> plansById = new HashMap<>();
		Set<Long> planIds = new HashSet<>();
		others.values().forEach(other -> planIds.add(other.planId()));
		plans.findAll().stream().filter(plan -> planIds.contains(plan.id())).forEach(p -> plansById.put(p.id(), p));
		Map<Long, Organization> owners = new HashMap<>();
		organisations.findAll().forEach(organisation -> owners.put(organisation.id(), organisation));
		Map<Long, Publication.Reading> readings = publication.ofPlans(viewer, List.copyOf(plansById.values()));
		Map<Long, YearlyValue> latest = new HashMap<>();
		// values lie within their plans' periods: up to the latest end reads them all
		FiscalYear upTo = plansById.values()
			.stream()
			.map(plan -> plan.period().to())
			.max(Comparator.comparingInt(FiscalYear::value))
			.orElse(own.period().to());
		kpis.valuesOfPlans(planIds, upTo, (planId, values) -> {
			for (YearlyValue value : readings.get(planId).values(values)) {
				if (others.containsKey(value.kpiId())) {
					latest.merge(value.kpiId(), value, (a, b) -> a.year().isAfter(b.year()) ? a : b);
				}
			}
		});
		List<Linked> linked = new ArrayList<>();
		for (KpiLink link : all) {
			Kpi other = others.get(link.otherThan(kpiId));
			if (other == null) {
				continue;
			}
			Plan plan = plansById.get(other.planId());
			linked.add(new Linked(link, link.kpiId() == kpiId, other, plan, owners.get(plan.ownerId()),
					Optional.ofNullable(latest.get(other.id()))));
		}
		linked.sort(Comparator.comparing((Linked l) -> l.link().kind())
			.thenComparing(l -> l.owner().name())
			.thenComparing(l -> l.kpi().name()));
		return new LinkedKpis(kpiId, kpi.unit(), List.copyOf(linked), mayLink);
	}

}
