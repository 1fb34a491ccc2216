package jp.suishin.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.suishin.collection.Collection;
import jp.suishin.collection.CollectionItem;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.collection.CollectionState;
import jp.suishin.collection.ItemState;
import jp.suishin.collection.Remark;
import jp.suishin.collection.Reminder;
import jp.suishin.notation.FiscalYear;

/**
 * The yearly collections in memory: what a use case reads, locks and moves is noted in
 * the journal of the unit of work.
 */
public final class InMemoryCollections implements CollectionRepository {

	private final Map<Long, Collection> byId = new LinkedHashMap<>();

	private final Map<String, CollectionItem> items = new LinkedHashMap<>();

	private final List<Reminder> reminders = new ArrayList<>();

	private final List<Remark> remarks = new ArrayList<>();

	private final Clock clock;

	private final InMemoryWork work;

	public InMemoryCollections(Clock clock, InMemoryWork work) {
		this.clock = clock;
		this.work = work;
	}

	private static String key(long collectionId, long kpiId) {
		return collectionId + "/" + kpiId;
	}

	@Override
	public long open(long planId, FiscalYear year, LocalDate deadline, List<Long> kpiIds, String actor) {
		long id = byId.size() + 1;
		byId.put(id, new Collection(id, planId, year, deadline, CollectionState.OPEN, clock.instant(), actor));
		for (long kpi : kpiIds) {
			items.put(key(id, kpi), new CollectionItem(id, kpi, ItemState.OPEN, null, clock.instant(), actor));
		}
		work.note("open collection " + id);
		return id;
	}

	@Override
	public Optional<Collection> findById(long id) {
		work.note("read collection " + id);
		return Optional.ofNullable(byId.get(id));
	}

	@Override
	public Optional<Collection> findByIdForUpdate(long id) {
		work.note("lock collection " + id);
		return Optional.ofNullable(byId.get(id));
	}

	@Override
	public Optional<Collection> find(long planId, FiscalYear year) {
		work.note("find collection " + year.value());
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
	public List<Collection> openPastDeadline(LocalDate today) {
		work.note("open past deadline " + today);
		return byId.values().stream().filter(c -> c.overdueOn(today)).toList();
	}

	@Override
	public List<CollectionItem> items(long collectionId) {
		work.note("items " + collectionId);
		return items.values().stream().filter(i -> i.collectionId() == collectionId).toList();
	}

	@Override
	public Optional<CollectionItem> item(long collectionId, long kpiId) {
		work.note("item " + key(collectionId, kpiId));
		return Optional.ofNullable(items.get(key(collectionId, kpiId)));
	}

	@Override
	public boolean moveItem(long collectionId, long kpiId, ItemState from, ItemState to, String remark, String actor) {
		CollectionItem item = items.get(key(collectionId, kpiId));
		if (item == null || item.state() != from) {
			return false;
		}
		items.put(key(collectionId, kpiId),
				new CollectionItem(collectionId, kpiId, to, remark, clock.instant(), actor));
		work.note("move " + key(collectionId, kpiId) + " to " + to);
		return true;
	}

	@Override
	public void setState(long collectionId, CollectionState state) {
		Collection c = byId.get(collectionId);
		byId.put(collectionId,
				new Collection(c.id(), c.planId(), c.year(), c.deadline(), state, c.openedAt(), c.openedBy()));
		work.note("collection " + collectionId + " " + state);
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
	public void state(long collectionId, long kpiId, ItemState state) {
		items.put(key(collectionId, kpiId),
				new CollectionItem(collectionId, kpiId, state, null, clock.instant(), "test"));
	}

	/** The collection as stored, for a test to look at without noting a read. */
	public Collection stored(long collectionId) {
		return byId.get(collectionId);
	}

	/** The item as stored, for a test to look at without noting a read. */
	public CollectionItem storedItem(long collectionId, long kpiId) {
		return items.get(key(collectionId, kpiId));
	}

}
