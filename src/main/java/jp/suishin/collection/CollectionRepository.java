package jp.suishin.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;

/** Where collections, their items, reminders and remarks are kept. */
public interface CollectionRepository {

	/** Opens a collection with an item for each KPI. */
	long open(long planId, FiscalYear year, LocalDate deadline, List<Long> kpiIds, String actor);

	Optional<Collection> findById(long id);

	/**
	 * The collection, locked until the transaction ends: workflow steps on one collection
	 * (a lock and a reopen at the same moment) take turns.
	 */
	Optional<Collection> findByIdForUpdate(long id);

	Optional<Collection> find(long planId, FiscalYear year);

	List<Collection> ofPlan(long planId);

	/** The collections of the plans of some organisations, newest year first. */
	List<Collection> ofOrganisations(java.util.Set<Long> organisationIds);

	/**
	 * The open collections whose deadline is before a day, for the daily reminders.
	 */
	List<Collection> openPastDeadline(LocalDate today);

	List<CollectionItem> items(long collectionId);

	/** The items of many collections, in no particular order: one read for many plans. */
	default List<CollectionItem> itemsOf(java.util.Set<Long> collectionIds) {
		return collectionIds.stream().flatMap(id -> items(id).stream()).toList();
	}

	Optional<CollectionItem> item(long collectionId, long kpiId);

	/**
	 * Moves an item on, but only from the state the caller saw.
	 * @return false when somebody else moved it in the meantime
	 */
	boolean moveItem(long collectionId, long kpiId, ItemState from, ItemState to, String remark, String actor);

	void setState(long collectionId, CollectionState state);

	void addReminder(Reminder reminder);

	List<Reminder> reminders(long collectionId);

	void addRemark(long collectionId, Long kpiId, Remark.Kind kind, String text, String actor);

	List<Remark> remarks(long collectionId);

}
