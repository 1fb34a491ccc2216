package jp.suishin.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

/** What the collection pages and the dashboard show, for the viewer asking. */
public final class CollectionQuery {

	private final CollectionRepository collections;

	private final KpiRepository kpis;

	private final PlanRepository plans;

	private final DepartmentRepository departments;

	private final OrganisationRepository organisations;

	private final AccessPolicy access;

	private final Clock clock;

	public CollectionQuery(CollectionRepository collections, KpiRepository kpis, PlanRepository plans,
			DepartmentRepository departments, OrganisationRepository organisations, AccessPolicy access, Clock clock) {
		this.collections = collections;
		this.kpis = kpis;
		this.plans = plans;
		this.departments = departments;
		this.organisations = organisations;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * One collection. A collection is working data, not public: one the viewer may not
	 * read is not found, exactly like one that does not exist, so that guessing ids tells
	 * nothing about other organisations.
	 */
	public CollectionOverview overview(Viewer viewer, long collectionId) {
		Collection collection = collections.findById(collectionId)
			.orElseThrow(() -> new CollectionNotFound(collectionId));
		Plan plan = plans.findById(collection.planId()).orElseThrow(() -> new CollectionNotFound(collectionId));
		Rights rights = access.requireSight(viewer, plan.ownerId(), "collection " + collectionId);
		LocalDate today = LocalDate.now(clock);
		boolean overdue = collection.overdueOn(today);
		Map<Long, Department> departmentById = departments.ofOrganisation(plan.ownerId())
			.stream()
			.collect(Collectors.toMap(Department::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<Long, Kpi> kpiById = kpis.findByPlan(plan.id())
			.stream()
			.collect(Collectors.toMap(Kpi::id, Function.identity()));
		Map<Long, YearlyValue> values = kpis.valuesOfPlan(plan.id(), collection.year())
			.stream()
			.collect(Collectors.toMap(YearlyValue::kpiId, Function.identity()));
		List<CollectionOverview.Row> rows = new ArrayList<>();
		Map<Long, int[]> counts = new LinkedHashMap<>();
		for (CollectionItem item : collections.items(collectionId)) {
			Kpi kpi = kpiById.get(item.kpiId());
			if (kpi == null) {
				continue;
			}
			Department department = kpi.departmentId() == null ? null : departmentById.get(kpi.departmentId());
			int[] count = counts.computeIfAbsent(kpi.departmentId() == null ? -1L : kpi.departmentId(),
					id -> new int[3]);
			count[0]++;
			if (item.state() == ItemState.SUBMITTED || item.state() == ItemState.APPROVED) {
				count[1]++;
			}
			if (item.state() == ItemState.APPROVED) {
				count[2]++;
			}
			boolean mine = rights.entersFor(kpi.departmentId());
			// A department editor deals with its own rows; planners, reviewers and
			// experts
			// see them all.
			if (mine || rights.plan() || rights.departments().isEmpty()) {
				YearlyValue value = values.get(kpi.id());
				rows.add(new CollectionOverview.Row(kpi, department, item, value,
						value == null ? "" : value.actual().display(kpi.unit()), mine));
			}
		}
		List<CollectionOverview.DepartmentProgress> progress = counts.entrySet()
			.stream()
			.map(e -> new CollectionOverview.DepartmentProgress(departmentById.get(e.getKey()), e.getValue()[0],
					e.getValue()[1], e.getValue()[2], overdue && e.getValue()[1] < e.getValue()[0]))
			.sorted(Comparator.comparing(p -> p.department() == null ? "\uffff" : p.department().name()))
			.toList();
		List<CollectionOverview.SentReminder> reminders = collections.reminders(collectionId)
			.stream()
			.filter(r -> rights.plan() || rights.departments().contains(r.departmentId()))
			.map(r -> new CollectionOverview.SentReminder(r,
					Optional.ofNullable(departmentById.get(r.departmentId())).map(Department::name).orElse("")))
			.toList();
		return new CollectionOverview(collection, plan, organisations.findById(plan.ownerId()).orElseThrow(), rights,
				overdue, rows, progress, List.copyOf(departmentById.values()), reminders,
				collections.remarks(collectionId),
				kpiById.values().stream().collect(Collectors.toMap(Kpi::id, Kpi::name)));
	}

	/** A collection the dashboard lists, with what the viewer may do there. */
	public record Listed(Collection collection, Plan plan, Rights rights, boolean overdue) {
	}

	/** A plan the viewer plans for, with its collections. */
	public record Planned(Plan plan, List<Collection> collections) {
	}

	/** The collections the viewer takes part in, newest year first. */
	public List<Listed> collectionsOf(Viewer viewer) {
		Map<Long, Rights> rights = rightsByOrganisation(viewer);
		Set<Long> readable = rights.entrySet()
			.stream()
			.filter(e -> e.getValue().readWorking())
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		List<Listed> listed = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		Map<Long, Plan> planById = new HashMap<>();
		for (Collection collection : collections.ofOrganisations(readable)) {
			Plan plan = planById.computeIfAbsent(collection.planId(), id -> plans.findById(id).orElseThrow());
			listed.add(new Listed(collection, plan, rights.get(plan.ownerId()), collection.overdueOn(today)));
		}
		listed.sort(Comparator.comparing((Listed l) -> l.collection().year()).reversed());
		return listed;
	}

	/** The plans the viewer may open a collection for. */
	public List<Plan> plannedBy(Viewer viewer) {
		Map<Long, Rights> rights = rightsByOrganisation(viewer);
		if (rights.values().stream().noneMatch(Rights::plan)) {
			// a department editor, a reviewer, an expert: no plan to read through
			return List.of();
		}
		return plans.findAll().stream().filter(p -> rights.getOrDefault(p.ownerId(), Rights.NONE).plan()).toList();
	}

	/**
	 * The rights on each organisation the viewer reaches (a handful, whatever the
	 * installation's size).
	 */
	private Map<Long, Rights> rightsByOrganisation(Viewer viewer) {
		Map<Long, Rights> rights = new HashMap<>();
		for (long organisation : access.reach(viewer)) {
			rights.put(organisation, access.on(viewer, organisation));
		}
		return rights;
	}

	/** The reminders sent to the viewer's departments, newest first. */
	public List<CollectionOverview.SentReminder> remindersFor(Viewer viewer) {
		return remindersFor(collectionsOf(viewer));
	}

	/**
	 * The reminders sent to the viewer's departments in the collections it takes part in
	 * ({@link #collectionsOf}), newest first.
	 */
	public List<CollectionOverview.SentReminder> remindersFor(List<Listed> collectionsOfViewer) {
		List<CollectionOverview.SentReminder> found = new ArrayList<>();
		for (Listed listed : collectionsOfViewer) {
			if (listed.rights().departments().isEmpty()) {
				continue;
			}
			for (Reminder reminder : collections.reminders(listed.collection().id())) {
				if (listed.rights().departments().contains(reminder.departmentId())) {
					found.add(new CollectionOverview.SentReminder(reminder,
							departments.findById(reminder.departmentId()).map(Department::name).orElse("")));
				}
			}
		}
		found.sort(Comparator.comparing((CollectionOverview.SentReminder r) -> r.reminder().sentAt()).reversed());
		return found;
	}

}
