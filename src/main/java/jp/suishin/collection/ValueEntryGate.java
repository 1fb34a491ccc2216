package jp.suishin.collection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.ImportingValues;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Problem;

/**
 * The one way in for entered values (the KPI page, the API, uploaded sheets): whether the
 * viewer may change a KPI's value of a year now, asked of the collection
 * ({@link Collection#valueChange}) under the lock of the year's collection, and the value
 * written in the same transaction, so that an approval or a lock of the year takes turns
 * with the entry rather than slipping in between the check and the write.
 */
public final class ValueEntryGate {

	private final KpiRepository kpis;

	private final PlanRepository plans;

	private final CollectionRepository collections;

	private final AccessPolicy access;

	private final RecordingActualValue recording;

	private final ImportingValues importing;

	private final UnitOfWork work;

	public ValueEntryGate(KpiRepository kpis, PlanRepository plans, CollectionRepository collections,
			AccessPolicy access, RecordingActualValue recording, ImportingValues importing, UnitOfWork work) {
		this.importing = importing;
		this.kpis = kpis;
		this.plans = plans;
		this.collections = collections;
		this.access = access;
		this.recording = recording;
		this.work = work;
	}

	/**
	 * Records a value the viewer entered, if the viewer may change it now. A value that
	 * cannot change now comes back as a conflict on the year; what cannot be read, as the
	 * recording's problems per field.
	 * @throws AccessDenied when the viewer has no part in entering this KPI's values
	 */
	public RecordingOutcome enter(Viewer viewer, ValueEntry entry) {
		return work.run(() -> enterNow(viewer, entry));
	}

	private RecordingOutcome enterNow(Viewer viewer, ValueEntry entry) {
		Kpi kpi = kpi(entry.kpiId());
		Plan plan = plans.findById(kpi.planId()).orElseThrow(() -> new CollectionNotFound(kpi.planId()));
		Participant who = Participant.of(access.on(viewer, plan.ownerId()), kpi.departmentId());
		if (!who.entersValues()) {
			throw new AccessDenied("enter values of KPI " + kpi.id());
		}
		// An archived KPI keeps what was recorded, and takes nothing new (a batch never
		// reaches one: the plan's KPIs leave it out).
		if (kpis.archivedAt(kpi.id()).isPresent()) {
			return new RecordingOutcome.Rejected(List.of(FieldProblem.of("value", "kpi.value.archived")),
					RecordingOutcome.Kind.CONFLICT);
		}
		// A year that is unreadable or outside the plan period is bad input whoever
		// enters it: the recording says so, on the year.
		Optional<FiscalYear> year = plan.period().admit(entry.year()).accepted();
		if (year.isPresent()) {
			// Taken before anything is read: approve, return, reopen and lock take the
			// same lock, so steps on the year go one at a time.
			Optional<Collection> collection = collections.find(kpi.planId(), year.get())
				.flatMap(c -> collections.findByIdForUpdate(c.id()));
			Decision decision = Collection.valueChange(collection,
					collection.flatMap(c -> collections.item(c.id(), kpi.id())), who, year.get());
			if (decision instanceof Decision.Refused refused) {
				return new RecordingOutcome.Rejected(List.of(new FieldProblem("year", refused.problem())),
						RecordingOutcome.Kind.CONFLICT);
			}
		}
		return recording.record(entry, viewer.actor());
	}

	/**
	 * Records many values of one plan's KPIs, each asked of its year's collection as
	 * {@link #enter} asks for one, under the same locks and in one transaction with the
	 * write; then checked and stored as one batch ({@link ImportingValues}), all or
	 * nothing. Reads the plan, the viewer's rights, the KPIs and each year's collection
	 * and items once, whatever the number of entries.
	 * @return stored, or refused with every problem by entry: a value that cannot change
	 * now (on the year; then nothing is written, and the other entries get the batch's
	 * checks), or what the batch's checks say
	 * @throws AccessDenied when the viewer has no part in entering one of the KPIs
	 */
	public ImportingValues.Outcome enterAll(Viewer viewer, long planId, List<ValueEntry> entries) {
		return enterAll(viewer, planId, entries, index -> Optional.empty());
	}

	/**
	 * A channel's own reason not to write an entry that the collection allows (asked only
	 * then: what the collection refuses is said first).
	 */
	@FunctionalInterface
	public interface AlsoRefused {

		/**
		 * @param index the entry's position in the batch, from 0
		 */
		Optional<Problem> of(int index);

	}

	/**
	 * {@link #enterAll(Viewer, long, List)}, with the channel's own refusals of entries
	 * the collection allows, said on the year as the collection's are. When anything is
	 * refused, nothing is stored and the other entries' problems are named too.
	 */
	public ImportingValues.Outcome enterAll(Viewer viewer, long planId, List<ValueEntry> entries,
			AlsoRefused alsoRefused) {
		return work.run(() -> enterAllNow(viewer, planId, entries, alsoRefused));
	}

	private ImportingValues.Outcome enterAllNow(Viewer viewer, long planId, List<ValueEntry> entries,
			AlsoRefused alsoRefused) {
		Plan plan = plans.findById(planId).orElseThrow(() -> new CollectionNotFound(planId));
		Rights rights = access.on(viewer, plan.ownerId());
		Map<Long, Kpi> byId = new HashMap<>();
		kpis.findByPlan(planId).forEach(k -> byId.put(k.id(), k));
		List<FiscalYear> years = new ArrayList<>(entries.size());
		for (ValueEntry entry : entries) {
			Kpi kpi = byId.get(entry.kpiId());
			if (kpi == null) {
				throw new KpiNotFoundException("id " + entry.kpiId() + " of plan " + planId);
			}
			if (!Participant.of(rights, kpi.departmentId()).entersValues()) {
				throw new AccessDenied("enter values of KPI " + kpi.id());
			}
			years.add(plan.period().admit(entry.year()).accepted().orElse(null));
		}
		// Each year's collection locked before anything is decided, in year order (the
		// same order for every batch), and its items read once.
		Map<FiscalYear, Collection> byYear = new HashMap<>();
		collections.ofPlan(planId).forEach(c -> byYear.put(c.year(), c));
		Map<FiscalYear, Optional<Collection>> locked = new HashMap<>();
		Map<FiscalYear, Map<Long, CollectionItem>> items = new HashMap<>();
		for (FiscalYear year : new TreeSet<>(years.stream().filter(java.util.Objects::nonNull).toList())) {
			Optional<Collection> collection = Optional.ofNullable(byYear.get(year))
				.flatMap(c -> collections.findByIdForUpdate(c.id()));
			locked.put(year, collection);
			Map<Long, CollectionItem> itemsOfYear = new HashMap<>();
			collection.ifPresent(c -> collections.items(c.id()).forEach(item -> itemsOfYear.put(item.kpiId(), item)));
			items.put(year, itemsOfYear);
		}
		List<ImportingValues.EntryProblem> refused = new ArrayList<>();
		List<ValueEntry> others = new ArrayList<>();
		List<Integer> otherIndexes = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			FiscalYear year = years.get(i);
			Optional<Problem> no = Optional.empty();
			if (year != null) {
				// (unreadable or outside the plan period: the batch's checks say so, on
				// the year)
				Kpi kpi = byId.get(entries.get(i).kpiId());
				Decision decision = Collection.valueChange(locked.get(year),
						Optional.ofNullable(items.get(year).get(kpi.id())), Participant.of(rights, kpi.departmentId()),
						year);
				no = decision instanceof Decision.Refused refusal ? Optional.of(refusal.problem()) : alsoRefused.of(i);
			}
			if (no.isPresent()) {
				refused.add(new ImportingValues.EntryProblem(i, entries.get(i), new FieldProblem("year", no.get())));
			}
			else {
				others.add(entries.get(i));
				otherIndexes.add(i);
			}
		}
		if (refused.isEmpty()) {
			// the plan's KPIs, read above in this transaction, are the import's too
			return importing.importAll(entries, byId, viewer.actor());
		}
		// nothing is written; the other entries' problems are named too
		for (ImportingValues.EntryProblem problem : importing.problems(others, byId)) {
			int index = otherIndexes.get(problem.index());
			refused.add(new ImportingValues.EntryProblem(index, entries.get(index), problem.problem()));
		}
		refused.sort(java.util.Comparator.comparingInt(ImportingValues.EntryProblem::index));
		return new ImportingValues.Outcome.Refused(refused);
	}

	/** The part the viewer takes in entering the KPI's values. */
	public Participant participant(Viewer viewer, long kpiId) {
		return participant(viewer, kpi(kpiId));
	}

	/**
	 * The years whose value of the KPI the viewer may change now, for the page to offer
	 * the form only there (the entry asks again, under the lock).
	 */
	public Set<Integer> changeableYears(Viewer viewer, long kpiId, List<FiscalYear> years) {
		Kpi kpi = kpi(kpiId);
		Participant who = participant(viewer, kpi);
		Set<Integer> changeable = new TreeSet<>();
		if (!who.entersValues()) {
			return changeable;
		}
		// the plan's collections in one read, rather than one look-up per year
		Map<FiscalYear, Collection> byYear = new HashMap<>();
		collections.ofPlan(kpi.planId()).forEach(c -> byYear.put(c.year(), c));
		for (FiscalYear year : years) {
			Optional<Collection> collection = Optional.ofNullable(byYear.get(year));
			if (Collection.valueChange(collection, collection.flatMap(c -> collections.item(c.id(), kpiId)), who, year)
				.allowed()) {
				changeable.add(year.value());
			}
		}
		return changeable;
	}

	private Participant participant(Viewer viewer, Kpi kpi) {
		long owner = plans.findById(kpi.planId()).orElseThrow().ownerId();
		return Participant.of(access.on(viewer, owner), kpi.departmentId());
	}

	private Kpi kpi(long kpiId) {
		return kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
	}

}
