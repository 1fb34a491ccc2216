package jp.suishin.collection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Account;
import jp.suishin.account.AccountRepository;
import jp.suishin.account.Grant;
import jp.suishin.account.NewAccount;
import jp.suishin.account.Role;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.BaselineRevision;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.NewKpi;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.Target;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.DepartmentName;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.Membership;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.plan.NewPlan;
import jp.suishin.plan.NewPlanNode;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;

/**
 * The collection's ports in memory, for plain-JUnit tests of the use cases: one
 * organisation with one plan (R7–R11) and two departments. Every port notes what it was
 * asked in a {@link #journal}, marked when asked outside a unit of work, so that tests
 * can see in which order and under which lock a use case read and wrote.
 */
final class InMemory {

	static final long ORGANISATION = 1;

	static final long PLAN = 10;

	static final long FARMING = 100;

	static final long PLANNING = 101;

	final List<String> journal = new ArrayList<>();

	final Work work = new Work();

	final Collections collections = new Collections();

	final Kpis kpis = new Kpis();

	final Plans plans = new Plans();

	final Departments departments = new Departments();

	final Organisations organisations = new Organisations();

	final Accounts accounts = new Accounts();

	final Audit audit = new Audit();

	final List<String> mailed = new ArrayList<>();

	final Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

	final AccessPolicy access = new AccessPolicy(organisations);

	final RecordingActualValue recording = new RecordingActualValue(kpis,
			planId -> plans.findById(planId).orElseThrow().period());

	final ValueEntryGate gate = new ValueEntryGate(kpis, plans, collections, access, recording, work);

	final CollectingValues collecting = new CollectingValues(collections, kpis, plans, departments, accounts, access,
			audit, (to, subject, body) -> mailed.addAll(to), clock, work);

	InMemory() {
		departments.byId.put(FARMING, new Department(FARMING, ORGANISATION, "農務課", null));
		departments.byId.put(PLANNING, new Department(PLANNING, ORGANISATION, "地域政策課", null));
	}

	/** A KPI of the plan, in the charge of a department (or none). */
	Kpi kpi(long id, Long departmentId) {
		Kpi kpi = new Kpi(id, PLAN, "kpi-" + id, "指標" + id, Unit.of("人"), Direction.INCREASE, Aggregation.YEARLY, null,
				null, null, null, departmentId);
		kpis.byId.put(id, kpi);
		return kpi;
	}

	static jp.suishin.account.Viewer viewer(String login, Grant... grants) {
		return new jp.suishin.account.Viewer((long) login.hashCode(), login, login, false, List.of(grants));
	}

	static jp.suishin.account.Viewer planner() {
		return viewer("planner", new Grant(ORGANISATION, Role.PLANNER, null));
	}

	static jp.suishin.account.Viewer editorOf(long departmentId) {
		return viewer("editor-" + departmentId, new Grant(ORGANISATION, Role.DEPARTMENT_EDITOR, departmentId));
	}

	private void note(String what) {
		journal.add(work.depth > 0 ? what : "outside: " + what);
	}

	/** Runs work directly, counting how deep it is nested. */
	final class Work implements UnitOfWork {

		int depth;

		@Override
		public <T> T run(Supplier<T> work) {
			depth++;
			try {
				return work.get();
			}
			finally {
				depth--;
			}
		}

	}

	final class Collections implements CollectionRepository {

		final Map<Long, Collection> byId = new LinkedHashMap<>();

		final Map<String, CollectionItem> items = new LinkedHashMap<>();

		final List<Reminder> reminders = new ArrayList<>();

		final List<Remark> remarks = new ArrayList<>();

		@Override
		public long open(long planId, FiscalYear year, LocalDate deadline, List<Long> kpiIds, String actor) {
			long id = byId.size() + 1;
			byId.put(id, new Collection(id, planId, year, deadline, CollectionState.OPEN, clock.instant(), actor));
			for (long kpi : kpiIds) {
				items.put(id + "/" + kpi, new CollectionItem(id, kpi, ItemState.OPEN, null, clock.instant(), actor));
			}
			note("open collection " + id);
			return id;
		}

		@Override
		public Optional<Collection> findById(long id) {
			note("read collection " + id);
			return Optional.ofNullable(byId.get(id));
		}

		@Override
		public Optional<Collection> findByIdForUpdate(long id) {
			note("lock collection " + id);
			return Optional.ofNullable(byId.get(id));
		}

		@Override
		public Optional<Collection> find(long planId, FiscalYear year) {
			note("find collection " + year.value());
			return byId.values().stream().filter(c -> c.planId() == planId && c.year().equals(year)).findFirst();
		}

		@Override
		public List<Collection> ofPlan(long planId) {
			return byId.values().stream().filter(c -> c.planId() == planId).toList();
		}

		@Override
		public List<Collection> ofOrganisations(Set<Long> organisationIds) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<CollectionItem> items(long collectionId) {
			note("items " + collectionId);
			return items.values().stream().filter(i -> i.collectionId() == collectionId).toList();
		}

		@Override
		public Optional<CollectionItem> item(long collectionId, long kpiId) {
			note("item " + collectionId + "/" + kpiId);
			return Optional.ofNullable(items.get(collectionId + "/" + kpiId));
		}

		@Override
		public boolean moveItem(long collectionId, long kpiId, ItemState from, ItemState to, String remark,
				String actor) {
			CollectionItem item = items.get(collectionId + "/" + kpiId);
			if (item == null || item.state() != from) {
				return false;
			}
			items.put(collectionId + "/" + kpiId,
					new CollectionItem(collectionId, kpiId, to, remark, clock.instant(), actor));
			note("move " + collectionId + "/" + kpiId + " to " + to);
			return true;
		}

		@Override
		public void setState(long collectionId, CollectionState state) {
			Collection c = byId.get(collectionId);
			byId.put(collectionId,
					new Collection(c.id(), c.planId(), c.year(), c.deadline(), state, c.openedAt(), c.openedBy()));
			note("collection " + collectionId + " " + state);
		}

		@Override
		public void addReminder(Reminder reminder) {
			reminders.add(reminder);
		}

		@Override
		public List<Reminder> reminders(long collectionId) {
			return reminders.stream().filter(r -> r.collectionId() == collectionId).toList();
		}

		@Override
		public void addRemark(long collectionId, Long kpiId, Remark.Kind kind, String text, String actor) {
			remarks.add(new Remark(remarks.size() + 1, collectionId, kpiId, kind, text, clock.instant(), actor));
		}

		@Override
		public List<Remark> remarks(long collectionId) {
			return remarks.stream().filter(r -> r.collectionId() == collectionId).toList();
		}

		/** Puts an item in a state directly, for a test's starting point. */
		void state(long collectionId, long kpiId, ItemState state) {
			items.put(collectionId + "/" + kpiId,
					new CollectionItem(collectionId, kpiId, state, null, clock.instant(), "test"));
		}

	}

	final class Kpis implements KpiRepository {

		final Map<Long, Kpi> byId = new LinkedHashMap<>();

		final Map<String, YearlyValue> values = new LinkedHashMap<>();

		@Override
		public Optional<Kpi> findById(long id) {
			return Optional.ofNullable(byId.get(id));
		}

		@Override
		public Optional<Kpi> findByKey(String key) {
			return byId.values().stream().filter(k -> k.key().equals(key)).findFirst();
		}

		@Override
		public List<Kpi> findByPlan(long planId) {
			return byId.values().stream().filter(k -> k.planId() == planId).toList();
		}

		@Override
		public Optional<YearlyValue> findValue(long kpiId, FiscalYear year) {
			return Optional.ofNullable(values.get(kpiId + "/" + year.value()));
		}

		@Override
		public Optional<YearlyValue> saveValue(long kpiId, FiscalYear year, Actual actual, String note, String source,
				Integer expectedVersion, String user) {
			Optional<YearlyValue> existing = findValue(kpiId, year);
			int version = existing.map(YearlyValue::version).orElse(0);
			if (expectedVersion != null && version != expectedVersion) {
				return Optional.empty();
			}
			YearlyValue saved = new YearlyValue(kpiId, year, actual, note, source, version + 1, clock.instant(), user);
			values.put(kpiId + "/" + year.value(), saved);
			note("save value " + kpiId + "/" + year.value());
			audit.record(user, AuditSubject.kpi(kpiId), AuditAction.VALUE_SET, year.eraLabel(), null, null, null);
			return Optional.of(saved);
		}

		@Override
		public boolean deleteValue(long kpiId, FiscalYear year, Integer expectedVersion, String user) {
			YearlyValue existing = values.get(kpiId + "/" + year.value());
			if (existing == null) {
				return expectedVersion == null || expectedVersion == 0;
			}
			if (expectedVersion != null && existing.version() != expectedVersion) {
				return false;
			}
			values.remove(kpiId + "/" + year.value());
			note("remove value " + kpiId + "/" + year.value());
			audit.record(user, AuditSubject.kpi(kpiId), AuditAction.VALUE_REMOVED, year.eraLabel(), null, null, null);
			return true;
		}

		@Override
		public void assignDepartment(long kpiId, Long departmentId) {
			Kpi k = byId.get(kpiId);
			byId.put(kpiId, new Kpi(k.id(), k.planId(), k.key(), k.name(), k.unit(), k.direction(), k.aggregation(),
					k.baseline(), k.target(), k.department(), k.definition(), departmentId));
		}

		@Override
		public long add(NewKpi kpi) {
			throw new UnsupportedOperationException();
		}

		@Override
		public long addListing(long nodeId, long kpiId, int position, boolean relisted) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<KpiListing> listingsOfPlan(long planId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<YearlyValue> values(long kpiId) {
			return values.values().stream().filter(v -> v.kpiId() == kpiId).toList();
		}

		@Override
		public List<YearlyValue> valuesOfPlan(long planId) {
			return values.values().stream().filter(v -> byId.get(v.kpiId()).planId() == planId).toList();
		}

		@Override
		public void updateDefinition(long kpiId, String name, Direction direction, Target target, String definition,
				FiscalYear from, String reason, String user) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<jp.suishin.kpi.TargetRevision> targetRevisions(long kpiId) {
			return List.of();
		}

		@Override
		public java.util.Map<Long, List<jp.suishin.kpi.TargetRevision>> targetRevisionsOfPlan(long planId) {
			return java.util.Map.of();
		}

		@Override
		public NavigableMap<FiscalYear, BigDecimal> milestones(long kpiId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Map<Long, NavigableMap<FiscalYear, BigDecimal>> milestonesOfPlan(long planId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void saveMilestone(long kpiId, FiscalYear year, BigDecimal value, String user) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void deleteMilestone(long kpiId, FiscalYear year, String user) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<BaselineRevision> baselineRevisions(long kpiId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Map<Long, List<BaselineRevision>> baselineRevisionsOfPlan(long planId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void addBaselineRevision(long kpiId, Baseline baseline, LocalDate revisedOn, String reason,
				String user) {
			throw new UnsupportedOperationException();
		}

	}

	final class Plans implements PlanRepository {

		final Plan plan = new Plan(PLAN, "plan", "計画", ORGANISATION,
				new FiscalPeriod(FiscalYear.of(2025), FiscalYear.of(2029)), List.of(), null, null, null, null, null);

		@Override
		public Optional<Plan> findById(long id) {
			return id == PLAN ? Optional.of(plan) : Optional.empty();
		}

		@Override
		public List<Plan> findAll() {
			return List.of(plan);
		}

		@Override
		public Optional<Plan> findByKey(String key) {
			return Optional.of(plan).filter(p -> p.key().equals(key));
		}

		@Override
		public long add(NewPlan plan) {
			throw new UnsupportedOperationException();
		}

		@Override
		public long addNode(NewPlanNode node) {
			throw new UnsupportedOperationException();
		}

		@Override
		public long addProgram(long nodeId, int position, String name, String lead, String summary,
				Integer fiscalYear) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void changeScheme(long planId, String scheme, String user) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<PlanTree> tree(long planId) {
			throw new UnsupportedOperationException();
		}

	}

	final class Departments implements DepartmentRepository {

		final Map<Long, Department> byId = new LinkedHashMap<>();

		@Override
		public List<Department> ofOrganisation(long organisationId) {
			return byId.values().stream().filter(d -> d.organisationId() == organisationId).toList();
		}

		@Override
		public Optional<Department> findById(long id) {
			return Optional.ofNullable(byId.get(id));
		}

		@Override
		public Department addOrFind(long organisationId, DepartmentName name) {
			return byId.values()
				.stream()
				.filter(d -> d.organisationId() == organisationId && d.name().equals(name.text()))
				.findFirst()
				.orElseGet(() -> {
					Department added = new Department(1000 + byId.size(), organisationId, name.text(), null);
					byId.put(added.id(), added);
					return added;
				});
		}

	}

	final class Organisations implements OrganisationRepository {

		final Organization bureau = new Organization(ORGANISATION, "bureau", "振興局",
				OrganizationKind.SUBPREFECTURAL_BUREAU, null, null);

		@Override
		public List<Organization> findAll() {
			return List.of(bureau);
		}

		@Override
		public Optional<Organization> findById(long id) {
			return id == ORGANISATION ? Optional.of(bureau) : Optional.empty();
		}

		@Override
		public Optional<Organization> findByKey(String key) {
			return Optional.of(bureau).filter(o -> o.key().equals(key));
		}

		@Override
		public long add(NewOrganization organization) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void addMember(long collaborationId, long memberId, CollaborationRole role) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Membership> membersOf(long collaborationId) {
			return List.of();
		}

		@Override
		public boolean isEmpty() {
			return false;
		}

	}

	final class Accounts implements AccountRepository {

		@Override
		public List<Account> editorsOf(long departmentId) {
			return List.of(new Account(departmentId, "editor-" + departmentId, "editor",
					"editor-" + departmentId + "@example.jp", false, true, List.of(), Instant.EPOCH));
		}

		@Override
		public Optional<Account> findById(long id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<Account> findByLogin(String login) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<String> passwordDigest(String login) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Account> findAll() {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean anyAdministrator() {
			throw new UnsupportedOperationException();
		}

		@Override
		public long add(NewAccount account, String passwordDigest, String actor) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void grant(long accountId, Grant grant, String actor) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void revoke(long accountId, long organisationId, Role role, String actor) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void changePassword(long accountId, String passwordDigest, String actor) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void setEnabled(long accountId, boolean enabled, String actor) {
			throw new UnsupportedOperationException();
		}

	}

	final class Audit implements AuditTrail {

		final List<AuditEntry> entries = new ArrayList<>();

		@Override
		public void record(String actor, AuditSubject subject, AuditAction action, String detail, String before,
				String after, String reason) {
			entries.add(new AuditEntry(clock.instant(), actor, subject, action, detail, before, after, reason));
			note("audit " + action);
		}

		@Override
		public List<AuditEntry> of(AuditSubject subject) {
			return entries.stream().filter(e -> e.subject().equals(subject)).toList();
		}

	}

}
