package jp.suishin.collection.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.suishin.collection.Collection;
import jp.suishin.collection.CollectionItem;
import jp.suishin.collection.CollectionRefused;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.collection.CollectionState;
import jp.suishin.collection.ItemState;
import jp.suishin.collection.Remark;
import jp.suishin.collection.Reminder;
import jp.suishin.notation.FiscalYear;
import jp.suishin.storage.Columns;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcCollectionRepository implements CollectionRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcCollectionRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public long open(long planId, FiscalYear year, LocalDate deadline, List<Long> kpiIds, String actor) {
		KeyHolder keys = new GeneratedKeyHolder();
		Timestamp now = now();
		try {
			jdbc.sql("""
					INSERT INTO collection (plan_id, fiscal_year, deadline, state, opened_at, opened_by)
					VALUES (:plan, :year, :deadline, 'OPEN', :now, :actor)""")
				.param("plan", planId)
				.param("year", year.value())
				.param("deadline", Date.valueOf(deadline))
				.param("now", now)
				.param("actor", actor)
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			// Somebody opened the same year a moment earlier.
			throw new CollectionRefused("collection.open.exists", year.eraLabel());
		}
		long id = keys.getKey().longValue();
		for (long kpiId : kpiIds) {
			jdbc.sql("""
					INSERT INTO collection_item (collection_id, kpi_id, state, updated_at, updated_by)
					VALUES (:collection, :kpi, 'OPEN', :now, :actor)""")
				.param("collection", id)
				.param("kpi", kpiId)
				.param("now", now)
				.param("actor", actor)
				.update();
		}
		return id;
	}

	@Override
	public Optional<Collection> findById(long id) {
		return jdbc.sql("SELECT * FROM collection WHERE id = :id").param("id", id).query(this::map).optional();
	}

	@Override
	public Optional<Collection> findByIdForUpdate(long id) {
		return jdbc.sql("SELECT * FROM collection WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	@Override
	public Optional<Collection> find(long planId, FiscalYear year) {
		return jdbc.sql("SELECT * FROM collection WHERE plan_id = :plan AND fiscal_year = :year")
			.param("plan", planId)
			.param("year", year.value())
			.query(this::map)
			.optional();
	}

	@Override
	public List<Collection> ofPlan(long planId) {
		return jdbc.sql("SELECT * FROM collection WHERE plan_id = :plan ORDER BY fiscal_year DESC")
			.param("plan", planId)
			.query(this::map)
			.list();
	}

	@Override
	public List<Collection> ofOrganisations(Set<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT c.* FROM collection c JOIN plan p ON p.id = c.plan_id WHERE p.owner_id IN (:orgs)
				ORDER BY c.fiscal_year DESC, c.id""").param("orgs", organisationIds).query(this::map).list();
	}

	@Override
	public List<Collection> openPastDeadline(LocalDate today) {
		return jdbc.sql("SELECT * FROM collection WHERE state = :open AND deadline < :today ORDER BY id")
			.param("open", CollectionState.OPEN.name())
			.param("today", Date.valueOf(today))
			.query(this::map)
			.list();
	}

	@Override
	public List<CollectionItem> items(long collectionId) {
		return jdbc.sql("SELECT * FROM collection_item WHERE collection_id = :collection ORDER BY kpi_id")
			.param("collection", collectionId)
			.query(JdbcCollectionRepository::mapItem)
			.list();
	}

	@Override
	public List<CollectionItem> itemsOf(Set<Long> collectionIds) {
		if (collectionIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM collection_item WHERE collection_id IN (:collections)")
			.param("collections", collectionIds)
			.query(JdbcCollectionRepository::mapItem)
			.list();
	}

	@Override
	public Optional<CollectionItem> item(long collectionId, long kpiId) {
		return jdbc.sql("SELECT * FROM collection_item WHERE collection_id = :collection AND kpi_id = :kpi")
			.param("collection", collectionId)
			.param("kpi", kpiId)
			.query(JdbcCollectionRepository::mapItem)
			.optional();
	}

	@Override
	public boolean moveItem(long collectionId, long kpiId, ItemState from, ItemState to, String remark, String actor) {
		return jdbc.sql("""
				UPDATE collection_item SET state = :to, remark = :remark, updated_at = :now, updated_by = :actor
				WHERE collection_id = :collection AND kpi_id = :kpi AND state = :from""")
			.param("to", to.name())
			.param("remark", remark)
			.param("now", now())
			.param("actor", actor)
			.param("collection", collectionId)
			.param("kpi", kpiId)
			.param("from", from.name())
			.update() == 1;
	}

	@Override
	public void setState(long collectionId, CollectionState state) {
		jdbc.sql("UPDATE collection SET state = :state WHERE id = :id")
			.param("state", state.name())
			.param("id", collectionId)
			.update();
	}

	@Override
	public void addReminder(Reminder reminder) {
		jdbc.sql("""
				INSERT INTO reminder (collection_id, department_id, sent_at, sent_by, recipients, message)
				VALUES (:collection, :department, :at, :by, :recipients, :message)""")
			.param("collection", reminder.collectionId())
			.param("department", reminder.departmentId())
			.param("at", Timestamp.from(reminder.sentAt()))
			.param("by", reminder.sentBy())
			.param("recipients", reminder.recipients())
			.param("message", reminder.message())
			.update();
	}

	@Override
	public List<Reminder> reminders(long collectionId) {
		return jdbc.sql("SELECT * FROM reminder WHERE collection_id = :collection ORDER BY sent_at DESC, id DESC")
			.param("collection", collectionId)
			.query((rs, n) -> new Reminder(rs.getLong("collection_id"), rs.getLong("department_id"),
					rs.getTimestamp("sent_at").toInstant(), rs.getString("sent_by"), rs.getInt("recipients"),
					rs.getString("message")))
			.list();
	}

	@Override
	public void addRemark(long collectionId, Long kpiId, Remark.Kind kind, String text, String actor) {
		jdbc.sql("""
				INSERT INTO collection_remark (collection_id, kpi_id, kind, text, written_at, written_by)
				VALUES (:collection, :kpi, :kind, :text, :at, :by)""")
			.param("collection", collectionId)
			.param("kpi", kpiId)
			.param("kind", kind.name())
			.param("text", text)
			.param("at", now())
			.param("by", actor)
			.update();
	}

	@Override
	public List<Remark> remarks(long collectionId) {
		return jdbc.sql("SELECT * FROM collection_remark WHERE collection_id = :collection ORDER BY written_at, id")
			.param("collection", collectionId)
			.query((rs, n) -> new Remark(rs.getLong("id"), rs.getLong("collection_id"),
					Columns.nullableLong(rs, "kpi_id"), Remark.Kind.valueOf(rs.getString("kind")), rs.getString("text"),
					rs.getTimestamp("written_at").toInstant(), rs.getString("written_by")))
			.list();
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}

	private Collection map(ResultSet rs, int row) throws SQLException {
		return new Collection(rs.getLong("id"), rs.getLong("plan_id"), FiscalYear.of(rs.getInt("fiscal_year")),
				rs.getDate("deadline").toLocalDate(), CollectionState.valueOf(rs.getString("state")),
				rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"));
	}

	private static CollectionItem mapItem(ResultSet rs, int row) throws SQLException {
		return new CollectionItem(rs.getLong("collection_id"), rs.getLong("kpi_id"),
				ItemState.valueOf(rs.getString("state")), rs.getString("remark"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

}
