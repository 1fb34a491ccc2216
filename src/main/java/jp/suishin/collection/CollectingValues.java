package jp.suishin.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Account;
import jp.suishin.account.AccountRepository;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.Reason;
import jp.suishin.refusal.Validated;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.Problem;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.DepartmentName;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

/**
 * Runs the yearly collection. Every step checks who is asking ({@link AccessPolicy}),
 * moves an item only from the state the person saw, and is recorded in the audit trail of
 * the KPI or the plan.
 */
public final class CollectingValues {

	private final CollectionRepository collections;

	private final KpiRepository kpis;

	private final PlanRepository plans;

	private final DepartmentRepository departments;

	private final AccountRepository accounts;

	private final AccessPolicy access;

	private final AuditTrail audit;

	private final Mailer mailer;

	private final Clock clock;

	private final UnitOfWork work;

	public CollectingValues(CollectionRepository collections, KpiRepository kpis, PlanRepository plans,
			DepartmentRepository departments, AccountRepository accounts, AccessPolicy access, AuditTrail audit,
			Mailer mailer, Clock clock, UnitOfWork work) {
		this.work = work;
		this.collections = collections;
		this.kpis = kpis;
		this.plans = plans;
		this.departments = departments;
		this.accounts = accounts;
		this.access = access;
		this.audit = audit;
		this.mailer = mailer;
		this.clock = clock;
	}

	/** The outcome of opening a year: the new collection, or the problems by field. */
	public record Opening(Long collectionId, Map<String, Problem> problems) {
	}

	/** Opens a fiscal year's collection of a plan with a deadline (yyyy-MM-dd). */
	public Opening open(Viewer viewer, long planId, String year, String deadline) {
		return work.run(() -> openNow(viewer, planId, year, deadline));
	}

	private Opening openNow(Viewer viewer, long planId, String year, String deadline) {
		Plan plan = plan(planId);
		access.requirePlan(viewer, plan.ownerId());
		Map<String, Problem> problems = new LinkedHashMap<>();
		Validated<FiscalYear> admitted = plan.period().admit(year);
		Optional<FiscalYear> fiscalYear = admitted.accepted();
		admitted.rejection().ifPresent(problem -> problems.put("year", problem));
		if (fiscalYear.isPresent() && collections.find(planId, fiscalYear.get()).isPresent()) {
			problems.put("year", Problem.of("collection.open.exists", fiscalYear.get().eraLabel()));
		}
		LocalDate due = null;
		try {
			due = LocalDate.parse(deadline == null ? "" : deadline.strip());
			if (due.isBefore(LocalDate.now(clock))) {
				problems.put("deadline", Problem.of("collection.deadline.past", due));
			}
		}
		catch (DateTimeParseException ex) {
			problems.put("deadline", Problem.of("collection.deadline.invalid", deadline == null ? "" : deadline));
		}
		if (!problems.isEmpty()) {
			return new Opening(null, problems);
		}
		List<Long> kpiIds = kpis.findByPlan(planId).stream().map(Kpi::id).toList();
		long id = collections.open(planId, fiscalYear.get(), due, kpiIds, viewer.actor());
		audit.record(viewer.actor(), AuditSubject.plan(planId), AuditAction.COLLECTION_OPENED,
				fiscalYear.get().eraLabel(), null, "締切 " + due, null);
		return new Opening(id, Map.of());
	}

	/** Adds a department (担当課) to the organisation that owns a plan. */
	public Department addDepartment(Viewer viewer, long planId, String name) {
		return work.run(() -> addDepartmentNow(viewer, planId, name));
	}

	private Department addDepartmentNow(Viewer viewer, long planId, String name) {
		Plan plan = plan(planId);
		access.requirePlan(viewer, plan.ownerId());
		return departments.addOrFind(plan.ownerId(), DepartmentName.of(name).orRefuse("name"));
	}

	/** Puts a department of the plan's organisation in charge of a KPI, or nobody. */
	public void assign(Viewer viewer, long kpiId, Long departmentId) {
		work.run(() -> assignNow(viewer, kpiId, departmentId));
	}

	private void assignNow(Viewer viewer, long kpiId, Long departmentId) {
		Kpi kpi = kpi(kpiId);
		Plan plan = plan(kpi.planId());
		access.requirePlan(viewer, plan.ownerId());
		Department after = null;
		if (departmentId != null) {
			after = departments.findById(departmentId)
				.filter(d -> d.organisationId() == plan.ownerId())
				.orElseThrow(() -> new CollectionRefused("collection.department.unknown"));
		}
		if (java.util.Objects.equals(kpi.departmentId(), departmentId)) {
			return;
		}
		String before = kpi.departmentId() == null ? null
				: departments.findById(kpi.departmentId()).map(Department::name).orElse(null);
		kpis.assignDepartment(kpiId, departmentId);
		audit.record(viewer.actor(), AuditSubject.kpi(kpiId), AuditAction.DEPARTMENT_ASSIGNED, null, before,
				after == null ? null : after.name(), null);
	}

	/**
	 * Puts a department in charge of a KPI of a collection (404 for a KPI that is not in
	 * it).
	 */
	public void assign(Viewer viewer, long collectionId, long kpiId, Long departmentId) {
		work.run(() -> {
			collection(viewer, collectionId);
			if (collections.item(collectionId, kpiId).isEmpty()) {
				throw new KpiNotFoundException("id " + kpiId + " in collection " + collectionId);
			}
			assignNow(viewer, kpiId, departmentId);
		});
	}

	/** The department submits a value it entered; the planner may submit too. */
	public void submit(Viewer viewer, long collectionId, long kpiId) {
		work.run(() -> submitNow(viewer, collectionId, kpiId));
	}

	private void submitNow(Viewer viewer, long collectionId, long kpiId) {
		Step step = step(viewer, collectionId, kpiId);
		boolean valueEntered = kpis.findValue(kpiId, step.collection().year()).isPresent();
		step.collection().submit(step.item(), step.who(), valueEntered).orRefuse();
		move(viewer, step, ItemState.SUBMITTED, null, AuditAction.VALUE_SUBMITTED);
	}

	/** The planner sends a submitted value back with a comment. */
	public void returnValue(Viewer viewer, long collectionId, long kpiId, String comment) {
		work.run(() -> returnValueNow(viewer, collectionId, kpiId, comment));
	}

	private void returnValueNow(Viewer viewer, long collectionId, long kpiId, String written) {
		Step step = step(viewer, collectionId, kpiId);
		step.collection().returnValue(step.item(), step.who()).orRefuse();
		Comment comment = Comment.of(written, "collection.return.comment-required").orRefuse("comment");
		move(viewer, step, ItemState.RETURNED, comment.text(), AuditAction.VALUE_RETURNED);
	}

	/** The planner approves a submitted value; it is locked from then on. */
	public void approve(Viewer viewer, long collectionId, long kpiId) {
		work.run(() -> approveNow(viewer, collectionId, kpiId));
	}

	private void approveNow(Viewer viewer, long collectionId, long kpiId) {
		Step step = step(viewer, collectionId, kpiId);
		step.collection().approve(step.item(), step.who()).orRefuse();
		move(viewer, step, ItemState.APPROVED, null, AuditAction.VALUE_APPROVED);
	}

	/**
	 * The planner opens an approved value again, with a reason; a locked year opens with
	 * it.
	 */
	public void reopen(Viewer viewer, long collectionId, long kpiId, String reason) {
		work.run(() -> reopenNow(viewer, collectionId, kpiId, reason));
	}

	private void reopenNow(Viewer viewer, long collectionId, long kpiId, String written) {
		Step step = step(viewer, collectionId, kpiId);
		step.collection().reopen(step.item(), step.who()).orRefuse();
		Reason reason = Reason.of(written).orRefuse("reason");
		CollectionState after = step.collection().stateAfterReopening();
		if (step.collection().state() != after) {
			collections.setState(collectionId, after);
		}
		move(viewer, step, ItemState.REOPENED, reason.text(), AuditAction.VALUE_REOPENED);
	}

	/** The planner locks the year once every value is approved. */
	public void lock(Viewer viewer, long collectionId) {
		work.run(() -> lockNow(viewer, collectionId));
	}

	private void lockNow(Viewer viewer, long collectionId) {
		Sighted sighted = collection(viewer, collectionId);
		Collection collection = sighted.collection();
		Plan plan = sighted.plan();
		collection.lock(collections.items(collectionId), planner(sighted.rights())).orRefuse();
		collections.setState(collectionId, CollectionState.LOCKED);
		audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.COLLECTION_LOCKED,
				collection.year().eraLabel(), CollectionState.OPEN.name(), CollectionState.LOCKED.name(), null);
	}

	/**
	 * Who the daily reminders are attributed to, in the reminders and the audit trail. No
	 * account has this login: logins have no colon.
	 */
	public static final String SYSTEM = "system:reminders";

	/**
	 * What a round of reminders did.
	 *
	 * @param mailed whether every mail went out (false when no mail server is configured
	 * or it refused one): known once the round's transaction has committed, since the
	 * mails go out only then
	 */
	public record Reminding(int departments, int recipients, boolean mailed) {
	}

	/**
	 * A round recorded, its mails to go out once it is committed ({@link #mailed} says
	 * how that went).
	 */
	private record Round(int departments, int recipients, AtomicBoolean mailed) {

		Reminding reminding() {
			return new Reminding(departments, recipients, mailed.get());
		}

	}

	/**
	 * Reminds every department that still has values to submit: an e-mail to its editors
	 * and a notice on their dashboard. The mails go out once the reminders are recorded
	 * (committed), so the answer says whether they went.
	 */
	public Reminding remind(Viewer viewer, long collectionId, String subject, String body) {
		return work.run(() -> remindNow(viewer, collectionId, subject, body)).reminding();
	}

	private Round remindNow(Viewer viewer, long collectionId, String subject, String body) {
		Sighted sighted = collection(viewer, collectionId);
		Collection collection = sighted.collection();
		collection.remind(planner(sighted.rights())).orRefuse();
		Set<Long> late = lateDepartments(collection, sighted.plan());
		return send(collection, sighted.plan(), late, viewer.actor(), subject, body);
	}

	/** The open collections past their deadline today: the daily reminders' work. */
	public List<Long> overdueCollections() {
		return collections.openPastDeadline(LocalDate.now(clock)).stream().map(Collection::id).toList();
	}

	/**
	 * The daily reminder of one collection, attributed to {@link #SYSTEM}: while it is
	 * open past its deadline, the departments that have values to submit are reminded as
	 * the planner's button does ({@link #remind}), under the collection's lock. The mails
	 * go out when the transaction it runs in commits (the daily job's claim of the day),
	 * and not at all if it rolls back.
	 * @return what was recorded; empty when the collection is no longer overdue or has
	 * nothing outstanding (nothing is written then)
	 */
	public Optional<Reminding> remindOverdue(long collectionId, ReminderWording wording) {
		return work.<Optional<Round>>run(() -> {
			Collection collection = collection(collectionId);
			if (!collection.overdueOn(LocalDate.now(clock))) {
				return Optional.empty();
			}
			Plan plan = plan(collection.planId());
			Set<Long> late = lateDepartments(collection, plan);
			if (late.isEmpty()) {
				return Optional.empty();
			}
			ReminderWording.Words words = wording.of(plan, collection);
			return Optional.of(send(collection, plan, late, SYSTEM, words.subject(), words.body()));
		}).map(Round::reminding);
	}

	/** The departments in charge of a KPI whose value they may still submit. */
	private Set<Long> lateDepartments(Collection collection, Plan plan) {
		Set<Long> late = new LinkedHashSet<>();
		Map<Long, Kpi> byId = new LinkedHashMap<>();
		kpis.findByPlan(plan.id()).forEach(k -> byId.put(k.id(), k));
		for (CollectionItem item : collections.items(collection.id())) {
			Kpi kpi = byId.get(item.kpiId());
			if (item.state().editable() && kpi != null && kpi.departmentId() != null) {
				late.add(kpi.departmentId());
			}
		}
		return late;
	}

	/**
	 * Leaves a reminder on each late department's dashboard, records the round in the
	 * plan's audit trail, and mails the department's editors (and its own address) once
	 * that is committed: a slow mail server holds no transaction, and a round rolled back
	 * mails nobody.
	 */
	private Round send(Collection collection, Plan plan, Set<Long> late, String actor, String subject, String body) {
		int recipients = 0;
		AtomicBoolean mailed = new AtomicBoolean(true);
		List<List<String>> mails = new ArrayList<>();
		for (long departmentId : late) {
			List<String> addresses = new ArrayList<>(accounts.editorsOf(departmentId)
				.stream()
				.map(Account::email)
				.filter(e -> e != null && !e.isBlank())
				.toList());
			departments.findById(departmentId)
				.map(Department::email)
				.filter(e -> e != null && !e.isBlank() && !addresses.contains(e))
				.ifPresent(addresses::add);
			if (!addresses.isEmpty()) {
				mails.add(addresses);
			}
			recipients += addresses.size();
			collections.addReminder(
					new Reminder(collection.id(), departmentId, clock.instant(), actor, addresses.size(), body));
		}
		audit.record(actor, AuditSubject.plan(plan.id()), AuditAction.REMINDER_SENT, collection.year().eraLabel(), null,
				late.size() + " departments, " + recipients + " recipients", null);
		work.afterCommit(() -> {
			for (List<String> addresses : mails) {
				if (!mailer.send(addresses, subject, body)) {
					mailed.set(false);
				}
			}
		});
		return new Round(late.size(), recipients, mailed);
	}

	/** A reviewer's comment or an expert's opinion, on the year or on one KPI. */
	public void remark(Viewer viewer, long collectionId, Long kpiId, String text) {
		work.run(() -> remarkNow(viewer, collectionId, kpiId, text));
	}

	private void remarkNow(Viewer viewer, long collectionId, Long kpiId, String text) {
		Sighted sighted = collection(viewer, collectionId);
		Plan plan = sighted.plan();
		Rights rights = sighted.rights();
		if (!rights.remarks()) {
			throw new AccessDenied("remark on collection " + collectionId);
		}
		if (kpiId != null && kpis.findById(kpiId).filter(k -> k.planId() == plan.id()).isEmpty()) {
			throw new KpiNotFoundException("id " + kpiId);
		}
		Comment remark = Comment.of(text, "collection.remark.required").orRefuse("text");
		collections.addRemark(collectionId, kpiId, rights.opinion() ? Remark.Kind.OPINION : Remark.Kind.COMMENT,
				remark.text(), viewer.actor());
	}

	/**
	 * What a step on one KPI works on: the collection (locked until the step's
	 * transaction ends), the KPI, its item, and the part the viewer takes.
	 */
	private record Step(Collection collection, Kpi kpi, CollectionItem item, Participant who) {
	}

	private Step step(Viewer viewer, long collectionId, long kpiId) {
		Sighted sighted = collection(viewer, collectionId);
		Kpi kpi = kpi(kpiId);
		CollectionItem item = collections.item(collectionId, kpiId)
			.orElseThrow(() -> new KpiNotFoundException("id " + kpiId + " in collection " + collectionId));
		return new Step(sighted.collection(), kpi, item, Participant.of(sighted.rights(), kpi.departmentId()));
	}

	/** The part the viewer takes in the plan's collection as a whole. */
	private static Participant planner(Rights rights) {
		return rights.plan() ? Participant.PLANNER : Participant.NONE;
	}

	private void move(Viewer viewer, Step step, ItemState to, String remark, AuditAction action) {
		if (!collections.moveItem(step.collection().id(), step.kpi().id(), step.item().state(), to, remark,
				viewer.actor())) {
			throw new CollectionRefused("collection.item.changed");
		}
		audit.record(viewer.actor(), AuditSubject.kpi(step.kpi().id()), action, step.collection().year().eraLabel(),
				step.item().state().name(), to.name(), remark);
	}

	/** The collection a step works on, locked until the step's transaction ends. */
	private Collection collection(long id) {
		return collections.findByIdForUpdate(id).orElseThrow(() -> new CollectionNotFound(id));
	}

	/**
	 * The collection, locked until the step's transaction ends, if the viewer may see it
	 * at all: otherwise it is not found, like an unknown id (and no lock is taken on it).
	 */
	private Sighted collection(Viewer viewer, long id) {
		Collection seen = collections.findById(id).orElseThrow(() -> new CollectionNotFound(id));
		Plan plan = plan(seen.planId());
		Rights rights = access.requireSight(viewer, plan.ownerId(), "collection " + id);
		return new Sighted(collection(id), plan, rights);
	}

	/**
	 * A collection the viewer may see, locked, with its plan and the viewer's rights on
	 * the plan's organisation, each read once per step.
	 */
	private record Sighted(Collection collection, Plan plan, Rights rights) {
	}

	private Plan plan(long id) {
		return plans.findById(id).orElseThrow(() -> new CollectionNotFound(id));
	}

	private Kpi kpi(long id) {
		return kpis.findById(id).orElseThrow(() -> new KpiNotFoundException("id " + id));
	}

}
