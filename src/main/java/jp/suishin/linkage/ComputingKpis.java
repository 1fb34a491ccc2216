package jp.suishin.linkage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.Publication;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiPlanners;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

/**
 * A parent KPI computed from the KPIs that contribute to it: its planners say how (the
 * contributors' sum, or their weighted mean), and anybody may ask for the result of a
 * year. The result is read from the contributors' values as the viewer may see them
 * ({@link Publication}): a link never shows an outsider a value the contributor's
 * organisation has not published, so a result waits (is pending) until every member's
 * value is published and known, and says how many have reported meanwhile. The values are
 * read in a few statements whatever the number of contributors.
 */
public final class ComputingKpis {

	/** The scale a mean keeps at least (as rates are shown: one decimal). */
	static final int MEAN_SCALE = 1;

	private final KpiLinks links;

	private final KpiRepository kpis;

	private final PlanRepository plans;

	private final OrganisationRepository organisations;

	private final Publication publication;

	private final KpiPlanners planners;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public ComputingKpis(KpiLinks links, KpiRepository kpis, PlanRepository plans, OrganisationRepository organisations,
			Publication publication, KpiPlanners planners, AuditTrail audit, InOneTransaction work) {
		this.links = links;
		this.kpis = kpis;
		this.plans = plans;
		this.organisations = organisations;
		this.publication = publication;
		this.planners = planners;
		this.audit = audit;
		this.work = work;
	}

	/**
	 * Sets how the KPI is computed from its contributors (replacing what was set).
	 * @param method {@code SUM} or {@code WEIGHTED_MEAN}
	 * @param weightKpi for a weighted mean, the KPI (its id or key) whose contributors
	 * give each organisation's weight; none for a sum
	 * @throws Refused invalid on {@code method} (unknown, or a sum of contributors in
	 * another quantity) or {@code weightKpi} (missing, unknown, or given for a sum);
	 * nothing is stored then
	 * @throws jp.suishin.access.AccessDenied unless the viewer plans for the KPI's plan
	 */
	public void set(Viewer viewer, long kpiId, String method, String weightKpi) {
		work.run(() -> {
			Kpi parent = planners.require(viewer, kpiId);
			ComputationMethod chosen = method(method);
			Long weightId = weight(chosen, weightKpi);
			if (chosen == ComputationMethod.SUM) {
				requireSameQuantity(parent);
			}
			String before = links.computation(kpiId).map(ComputingKpis::described).orElse(null);
			links.saveComputation(kpiId, chosen, weightId, viewer.actor());
			String after = described(chosen, weightId);
			audit.record(viewer.actor(), AuditSubject.kpi(kpiId), AuditAction.LINK_COMPUTATION_SET,
					"computation of " + parent.key(), before, after, null);
			return null;
		});
	}

	/**
	 * The KPI is no longer computed; nothing happens (and nothing is recorded) when it
	 * was not.
	 * @throws jp.suishin.access.AccessDenied unless the viewer plans for the KPI's plan
	 */
	public void clear(Viewer viewer, long kpiId) {
		work.run(() -> {
			Kpi parent = planners.require(viewer, kpiId);
			Optional<Computation> before = links.computation(kpiId);
			if (before.isPresent() && links.removeComputation(kpiId)) {
				audit.record(viewer.actor(), AuditSubject.kpi(kpiId), AuditAction.LINK_COMPUTATION_CLEARED,
						"computation of " + parent.key(), described(before.get()), null, null);
			}
			return null;
		});
	}

	/**
	 * The KPI's computed value for a year, from the contributors' values the viewer may
	 * see.
	 * @throws KpiNotFoundException when there is no such KPI
	 */
	public ComputedValue compute(Viewer viewer, long kpiId, FiscalYear year) {
		Kpi parent = kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
		Optional<Computation> found = links.computation(kpiId);
		if (found.isEmpty()) {
			return ComputedValue.problem(null, year, 0, 0, "linkage.computation.none");
		}
		Computation computation = found.get();
		ComputationMethod method = computation.method();
		Long weightKpiId = computation.weightKpiId();
		List<Long> parents = weightKpiId == null ? List.of(kpiId) : List.of(kpiId, weightKpiId);
		Set<Long> contributorIds = new LinkedHashSet<>();
		Set<Long> weightIds = new LinkedHashSet<>();
		for (KpiLink link : links.contributorsOf(parents)) {
			if (link.linkedKpiId() == kpiId) {
				contributorIds.add(link.kpiId());
			}
			if (weightKpiId != null && link.linkedKpiId() == weightKpiId) {
				weightIds.add(link.kpiId());
			}
		}
		Set<Long> wanted = new HashSet<>(contributorIds);
		wanted.addAll(weightIds);
		if (weightKpiId != null) {
			wanted.add(weightKpiId);
		}
		Map<Long, Kpi> byId = new HashMap<>();
		kpis.findByIds(wanted).forEach(k -> byId.put(k.id(), k));
		List<Kpi> contributors = contributorIds.stream().filter(byId::containsKey).map(byId::get).toList();
		int contributing = contributors.size();
		if (contributing == 0) {
			return ComputedValue.problem(method, year, 0, 0, "linkage.computation.contributors.none");
		}
		Map<Long, Plan> plansById = plansOf(byId.values());
		Map<Long, YearlyValue> values = visibleValues(viewer, plansById, wanted, year);
		int reported = 0;
		for (Kpi contributor : contributors) {
			if (known(values.get(contributor.id())) != null) {
				reported++;
			}
		}
		if (method == ComputationMethod.SUM) {
			return sum(parent, year, contributors, values, reported);
		}
		Kpi weightParent = byId.get(weightKpiId);
		if (weightParent == null) {
			return ComputedValue.problem(method, year, contributing, reported, "linkage.computation.weight.unknown");
		}
		Map<Long, Kpi> weightByOwner = new HashMap<>();
		for (long id : weightIds) {
			Kpi weight = byId.get(id);
			if (weight != null) {
				weightByOwner.putIfAbsent(plansById.get(weight.planId()).ownerId(), weight);
			}
		}
		return mean(parent, weightParent, year, contributors, plansById, weightByOwner, values, reported);
	}

	private ComputedValue sum(Kpi parent, FiscalYear year, List<Kpi> contributors, Map<Long, YearlyValue> values,
			int reported) {
		int contributing = contributors.size();
		for (Kpi contributor : contributors) {
			if (!sameQuantity(parent.unit(), contributor.unit())) {
				return ComputedValue.problem(ComputationMethod.SUM, year, contributing, reported,
						"linkage.computation.units", parent.unit().text(), contributor.name(),
						contributor.unit().text());
			}
		}
		if (reported < contributing) {
			return ComputedValue.waiting(ComputationMethod.SUM, year, contributing, reported);
		}
		BigDecimal total = BigDecimal.ZERO;
		for (Kpi contributor : contributors) {
			total = total.add(converted(known(values.get(contributor.id())), contributor.unit(), parent.unit()));
		}
		return ComputedValue.of(ComputationMethod.SUM, year, contributing, reported, total);
	}

	private ComputedValue mean(Kpi parent, Kpi weightParent, FiscalYear year, List<Kpi> contributors,
			Map<Long, Plan> plansById, Map<Long, Kpi> weightByOwner, Map<Long, YearlyValue> values, int reported) {
		ComputationMethod method = ComputationMethod.WEIGHTED_MEAN;
		int contributing = contributors.size();
		for (Kpi contributor : contributors) {
			long owner = plansById.get(contributor.planId()).ownerId();
			if (!weightByOwner.containsKey(owner)) {
				String name = organisations.findById(owner).map(Organization::name).orElse(String.valueOf(owner));
				return ComputedValue.problem(method, year, contributing, reported, "linkage.computation.weight.missing",
						name);
			}
		}
		if (reported < contributing) {
			return ComputedValue.waiting(method, year, contributing, reported);
		}
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		int scale = MEAN_SCALE;
		for (Kpi contributor : contributors) {
			Kpi weightKpi = weightByOwner.get(plansById.get(contributor.planId()).ownerId());
			BigDecimal weight = known(values.get(weightKpi.id()));
			if (weight == null) {
				return ComputedValue.waiting(method, year, contributing, reported);
			}
			BigDecimal value = converted(known(values.get(contributor.id())), contributor.unit(), parent.unit());
			scale = Math.max(scale, value.stripTrailingZeros().scale());
			BigDecimal w = converted(weight, weightKpi.unit(), weightParent.unit());
			weighted = weighted.add(value.multiply(w));
			weights = weights.add(w);
		}
		if (weights.signum() == 0) {
			return ComputedValue.problem(method, year, contributing, reported, "linkage.computation.weight.zero");
		}
		return ComputedValue.of(method, year, contributing, reported,
				weighted.divide(weights, scale, RoundingMode.HALF_UP));
	}

	/** The plans of the KPIs: all current plans in one read, archived ones one by one. */
	private Map<Long, Plan> plansOf(java.util.Collection<Kpi> of) {
		Set<Long> planIds = new HashSet<>();
		of.forEach(k -> planIds.add(k.planId()));
		Map<Long, Plan> byId = new HashMap<>();
		for (Plan plan : plans.findAll()) {
			if (planIds.contains(plan.id())) {
				byId.put(plan.id(), plan);
			}
		}
		for (long planId : planIds) {
			if (!byId.containsKey(planId)) {
				plans.findById(planId).ifPresent(plan -> byId.put(planId, plan));
			}
		}
		return byId;
	}

	/**
	 * The values of the year of the wanted KPIs the viewer may see, by KPI: one stream of
	 * the plans' values, kept as the viewer's reading of each plan lets it.
	 */
	private Map<Long, YearlyValue> visibleValues(Viewer viewer, Map<Long, Plan> plansById, Set<Long> wanted,
			FiscalYear year) {
		Map<Long, Publication.Reading> readings = publication.ofPlans(viewer, new ArrayList<>(plansById.values()));
		Map<Long, YearlyValue> values = new HashMap<>();
		kpis.valuesOfPlans(plansById.keySet(), year, (planId, ofPlan) -> {
			Publication.Reading reading = readings.get(planId);
			for (YearlyValue value : ofPlan) {
				if (value.year().equals(year) && wanted.contains(value.kpiId()) && reading != null
						&& reading.visible().test(value)) {
					values.put(value.kpiId(), value);
				}
			}
		});
		return values;
	}

	/** The amount of a value, or {@code null} when there is none or it is pending. */
	private static BigDecimal known(YearlyValue value) {
		return value == null ? null : value.actual().amount().orElse(null);
	}

	/** An amount written in one unit, in another of the same quantity (万人 to 人). */
	static BigDecimal converted(BigDecimal amount, Unit from, Unit to) {
		return amount.movePointRight(from.exponent() - to.exponent());
	}

	/** Whether amounts in the units can be added: the same base unit at any scale. */
	static boolean sameQuantity(Unit a, Unit b) {
		return a.base().equals(b.base());
	}

	private void requireSameQuantity(Kpi parent) {
		List<Long> ids = links.contributorsOf(List.of(parent.id())).stream().map(KpiLink::kpiId).toList();
		for (Kpi contributor : kpis.findByIds(ids)) {
			if (!sameQuantity(parent.unit(), contributor.unit())) {
				throw Refused.invalid("method", "linkage.computation.units", parent.unit().text(), contributor.name(),
						contributor.unit().text());
			}
		}
	}

	private static ComputationMethod method(String method) {
		String written = method == null ? "" : method.strip().toUpperCase(Locale.ROOT);
		for (ComputationMethod m : ComputationMethod.values()) {
			if (m.name().equals(written)) {
				return m;
			}
		}
		throw Refused.invalid("method", "linkage.computation.method.unknown");
	}

	private Long weight(ComputationMethod method, String weightKpi) {
		boolean given = weightKpi != null && !weightKpi.isBlank();
		if (method == ComputationMethod.SUM) {
			if (given) {
				throw Refused.invalid("weightKpi", "linkage.computation.weight.unexpected");
			}
			return null;
		}
		if (!given) {
			throw Refused.invalid("weightKpi", "linkage.computation.weight.required");
		}
		String written = weightKpi.strip();
		return TypedKpi.find(kpis, written)
			.orElseThrow(() -> Refused.invalid("weightKpi", "linkage.computation.weight.unknown"))
			.id();
	}

	private static String described(Computation computation) {
		return described(computation.method(), computation.weightKpiId());
	}

	private static String described(ComputationMethod method, Long weightKpiId) {
		return weightKpiId == null ? method.name() : method.name() + " weighted by KPI " + weightKpiId;
	}

}
