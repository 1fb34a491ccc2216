package jp.suishin.collection;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.HashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

/**
 * Which values a reader sees. Those who take part in an organisation's work see every
 * value; everybody else (the public, other organisations) sees a value of a year under
 * collection only once it is fixed (approved, or the year locked). Values of years never
 * collected in the application (the published documents the sample data comes from) are
 * public.
 */
public final class Publication {

	private final CollectionRepository collections;

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final AccessPolicy access;

	public Publication(CollectionRepository collections, PlanRepository plans, KpiRepository kpis,
			AccessPolicy access) {
		this.collections = collections;
		this.plans = plans;
		this.kpis = kpis;
		this.access = access;
	}

	/**
	 * A plan as one viewer reads it: the one rule the read models (the KPI page, the KPI
	 * list and its export, the API) apply before they return anything.
	 * <ul>
	 * <li>those who read the organisation's working data see every value, who changed it
	 * and the audit trail;</li>
	 * <li>everybody else sees a value of a collected year only once it is approved, never
	 * the login of whoever changed it, no audit trail, and no planner's analysis of a
	 * year whose values it may not see yet.</li>
	 * </ul>
	 *
	 * @param rights what the viewer may do with the plan's organisation's data
	 * @param visible the values the viewer sees
	 */
	public record Reading(Rights rights, Predicate<YearlyValue> visible) {

		public boolean working() {
			return rights.readWorking();
		}

		/** Whether the audit trail is shown (and so loaded) for this reader. */
		public boolean seesAuditTrail() {
			return working();
		}

		/** The values this reader sees, as it sees them ({@link #shown}). */
		public List<YearlyValue> values(List<YearlyValue> values) {
			return values.stream().filter(visible).map(this::shown).toList();
		}

		/**
		 * A visible value as this reader sees it: for outsiders without the login of who
		 * changed it last.
		 */
		public YearlyValue shown(YearlyValue value) {
			if (working() || value.updatedBy() == null) {
				return value;
			}
			return new YearlyValue(value.kpiId(), value.year(), value.actual(), value.note(), value.source(),
					value.version(), value.updatedAt(), null);
		}

		/** Whether any of the values of the year is kept from this reader. */
		public boolean withholdsAny(List<YearlyValue> values, FiscalYear year) {
			return values.stream().anyMatch(value -> value.year().equals(year) && !visible.test(value));
		}

		/** A staff login as this reader sees it: {@code null} for outsiders. */
		public String login(String login) {
			return working() ? login : null;
		}

	}

	/** The plan as the viewer reads it; an unknown plan is not found. */
	public Reading ofPlan(Viewer viewer, long planId) {
		return ofPlan(viewer, plans.findById(planId).orElseThrow(() -> Refused.notFound("plan " + planId)));
	}

	public Reading ofPlan(Viewer viewer, Plan plan) {
		Rights rights = access.on(viewer, plan.ownerId());
		return new Reading(rights, rights.readWorking() ? value -> true : published(plan.id()));
	}

	public Reading ofKpi(Viewer viewer, long kpiId) {
		return ofPlan(viewer, kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId)).planId());
	}

	/**
	 * Many plans as the viewer reads them, by plan id, with the same rule as
	 * {@link #ofPlan(Viewer, Plan)}: for reads over many organisations, a few statements
	 * in all rather than a few per plan.
	 */
	public Map<Long, Reading> ofPlans(Viewer viewer, List<Plan> plans) {
		Map<Long, Rights> rightsByOwner = new HashMap<>();
		Set<Long> outsiders = new HashSet<>();
		for (Plan plan : plans) {
			Rights rights = rightsByOwner.computeIfAbsent(plan.ownerId(), owner -> access.on(viewer, owner));
			if (!rights.readWorking()) {
				outsiders.add(plan.ownerId());
			}
		}
		Map<Long, List<Collection>> collectionsByPlan = new HashMap<>();
		Map<Long, List<CollectionItem>> itemsByCollection = new HashMap<>();
		if (!outsiders.isEmpty()) {
			List<Collection> all = collections.ofOrganisations(outsiders);
			all.forEach(c -> collectionsByPlan.computeIfAbsent(c.planId(), id -> new ArrayList<>()).add(c));
			Set<Long> ids = new HashSet<>();
			all.forEach(c -> ids.add(c.id()));
			collections.itemsOf(ids)
				.forEach(i -> itemsByCollection.computeIfAbsent(i.collectionId(), id -> new ArrayList<>()).add(i));
		}
		Map<Long, Reading> readings = new HashMap<>();
		for (Plan plan : plans) {
			Rights rights = rightsByOwner.get(plan.ownerId());
			readings.put(plan.id(),
					new Reading(rights,
							rights.readWorking() ? value -> true
									: published(collectionsByPlan.getOrDefault(plan.id(), List.of()),
											id -> itemsByCollection.getOrDefault(id, List.of()))));
		}
		return readings;
	}

	private Predicate<YearlyValue> published(long planId) {
		return published(collections.ofPlan(planId), collections::items);
	}

	/**
	 * A value of a collected year is published once it is fixed: its KPI's value
	 * approved, or the year locked ({@link Collection#locksValue}). A KPI without an item
	 * in the year's collection is no exception: its value waits for the lock.
	 * @param ofPlan the plan's collections
	 * @param items the items of a collection
	 */
	private static Predicate<YearlyValue> published(List<Collection> ofPlan,
			Function<Long, List<CollectionItem>> items) {
		Map<Integer, Collection> byYear = new HashMap<>();
		Map<String, CollectionItem> itemsByKey = new HashMap<>();
		for (Collection collection : ofPlan) {
			byYear.put(collection.year().value(), collection);
			for (CollectionItem item : items.apply(collection.id())) {
				itemsByKey.put(item.kpiId() + "/" + collection.year().value(), item);
			}
		}
		if (byYear.isEmpty()) {
			return value -> true;
		}
		return value -> {
			Collection collection = byYear.get(value.year().value());
			return collection == null || collection
				.locksValue(Optional.ofNullable(itemsByKey.get(value.kpiId() + "/" + value.year().value())));
		};
	}

}
