package jp.suishin.kpi.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.BaselineRevision;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.NewKpi;
import jp.suishin.kpi.NewListing;
import jp.suishin.kpi.Target;
import jp.suishin.kpi.TargetRevision;
import jp.suishin.kpi.ValueStatus;
import jp.suishin.kpi.ValueWrite;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;
import jp.suishin.storage.Columns;
import jp.suishin.storage.CopyIn;
import jp.suishin.storage.PlanVersions;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

@Repository
class JdbcKpiRepository implements KpiRepository {

	private static final String VALUE = "SELECT v.* FROM yearly_value v";

	/** {@link #VALUE} with the plan of each value's KPI (join {@code kpi k}). */
	private static final String PLAN_VALUE = "SELECT v.*, k.plan_id AS value_plan_id FROM yearly_value v";

	/** Rows sent to the database in one round trip of a batch write. */
	static final int BATCH = 1000;

	/** Ids named in one lookup of a batch ({@code IN} list). */
	static final int LOOKUP = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final Clock clock;

	private final AuditTrail audit;

	private final PlanVersions versions;

	JdbcKpiRepository(JdbcClient jdbc, JdbcTemplate batches, Clock clock, AuditTrail audit, PlanVersions versions) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
		this.audit = audit;
		this.versions = versions;
	}

	@Override
	public Optional<Kpi> findById(long id) {
		return jdbc.sql("SELECT * FROM kpi WHERE id = :id").param("id", id).query(this::mapKpi).optional();
	}

	@Override
	public Optional<Kpi> findByIdForUpdate(long id) {
		return jdbc.sql("SELECT * FROM kpi WHERE id = :id FOR UPDATE").param("id", id).query(this::mapKpi).optional();
	}

	@Override
	public Optional<Kpi> findByKey(String key) {
		return jdbc.sql("SELECT * FROM kpi WHERE kpi_key = :key").param("key", key).query(this::mapKpi).optional();
	}

	@Override
	public List<Kpi> findByIds(Collection<Long> ids) {
		List<Kpi> found = new ArrayList<>();
		for (List<Long> chunk : chunks(new ArrayList<>(new LinkedHashSet<>(ids)), LOOKUP)) {
			found.addAll(
					jdbc.sql("SELECT * FROM kpi WHERE id IN (:ids)").param("ids", chunk).query(this::mapKpi).list());
		}
		return found;
	}

	@Override
	public List<Kpi> findByPlan(long planId) {
		return jdbc.sql("SELECT * FROM kpi WHERE plan_id = :plan AND archived_at IS NULL ORDER BY id")
			.param("plan", planId)
			.query(this::mapKpi)
			.list();
	}

	@Override
	public long add(NewKpi kpi) {
		KeyHolder keys = new GeneratedKeyHolder();
		Baseline baseline = kpi.baseline();
		Target target = kpi.target();
		jdbc.sql("""
				INSERT INTO kpi (kpi_key, plan_id, name, unit, direction, aggregation,
				                 baseline_value, baseline_scale, baseline_year, target_value, target_scale, target_year,
				                 department, definition)
				VALUES (:key, :plan, :name, :unit, :direction, :aggregation,
				        :baseline, :baselineScale, :baselineYear, :target, :targetScale, :targetYear,
				        :department, :definition)""")
			.param("key", kpi.key())
			.param("plan", kpi.planId())
			.param("name", kpi.name())
			.param("unit", kpi.unit().text())
			.param("direction", kpi.direction().name())
			.param("aggregation", kpi.aggregation().name())
			.param("baseline", baseline == null ? null : baseline.value())
			.param("baselineScale", baseline == null ? null : Columns.scaleOf(baseline.value()))
			.param("baselineYear", baseline == null || baseline.year() == null ? null : baseline.year().value())
			.param("target", target == null ? null : target.value())
			.param("targetScale", target == null ? null : Columns.scaleOf(target.value()))
			.param("targetYear", target == null || target.year() == null ? null : target.year().value())
			.param("department", kpi.department())
			.param("definition", kpi.definition())
			.update(keys, "id");
		versions.changed(kpi.planId());
		return keys.getKey().longValue();
	}

	@Override
	@Transactional
	public List<Long> addAll(List<NewKpi> kpis) {
		batches.batchUpdate("""
				INSERT INTO kpi (kpi_key, plan_id, name, unit, direction, aggregation,
				                 baseline_value, baseline_scale, baseline_year, target_value, target_scale, target_year,
				                 department, definition)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", kpis, BATCH, (ps, kpi) -> {
			Baseline baseline = kpi.baseline();
			Target target = kpi.target();
			ps.setString(1, kpi.key());
			ps.setLong(2, kpi.planId());
			ps.setString(3, kpi.name());
			ps.setString(4, kpi.unit().text());
			ps.setString(5, kpi.direction().name());
			ps.setString(6, kpi.aggregation().name());
			ps.setBigDecimal(7, baseline == null ? null : baseline.value());
			ps.setObject(8, baseline == null ? null : Columns.scaleOf(baseline.value()), Types.SMALLINT);
			ps.setObject(9, baseline == null || baseline.year() == null ? null : baseline.year().value(),
					Types.INTEGER);
			ps.setBigDecimal(10, target == null ? null : target.value());
			ps.setObject(11, target == null ? null : Columns.scaleOf(target.value()), Types.SMALLINT);
			ps.setObject(12, target == null || target.year() == null ? null : target.year().value(), Types.INTEGER);
			ps.setString(13, kpi.department());
			ps.setString(14, kpi.definition());
		});
		// the keys are unique: the ids are read back by them, which works alike whether
		// or
		// not the driver rewrites the batch into multi-row statements
		Map<String, Long> ids = new HashMap<>();
		for (List<String> chunk : chunks(kpis.stream().map(NewKpi::key).toList(), LOOKUP)) {
			jdbc.sql("SELECT id, kpi_key FROM kpi WHERE kpi_key IN (:keys)").param("keys", chunk).query(rs -> {
				ids.put(rs.getString("kpi_key"), rs.getLong("id"));
			});
		}
		kpis.stream().map(NewKpi::planId).distinct().forEach(versions::changed);
		return kpis.stream().map(k -> ids.get(k.key())).toList();
	}

	@Override
	@Transactional
	public void addListings(List<NewListing> listings) {
		batches.batchUpdate("INSERT INTO kpi_listing (node_id, kpi_id, position, relisted) VALUES (?, ?, ?, ?)",
				listings, BATCH, (ps, l) -> {
					ps.setLong(1, l.nodeId());
					ps.setLong(2, l.kpiId());
					ps.setInt(3, l.position());
					ps.setBoolean(4, l.relisted());
				});
		versions.changedNodes(listings.stream().map(NewListing::nodeId).toList());
	}

	@Override
	public long addListing(long nodeId, long kpiId, int position, boolean relisted) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO kpi_listing (node_id, kpi_id, position, relisted)
				VALUES (:node, :kpi, :position, :relisted)""")
			.param("node", nodeId)
			.param("kpi", kpiId)
			.param("position", position)
			.param("relisted", relisted)
			.update(keys, "id");
		versions.changedNodes(List.of(nodeId));
		return keys.getKey().longValue();
	}

	@Override
	public List<KpiListing> listingsOfPlan(long planId) {
		return jdbc.sql("""
				SELECT l.* FROM kpi_listing l JOIN plan_node n ON n.id = l.node_id JOIN kpi k ON k.id = l.kpi_id
				WHERE n.plan_id = :plan AND n.archived_at IS NULL AND k.archived_at IS NULL
				ORDER BY n.depth, n.position, l.position""")
			.param("plan", planId)
			.query((rs, n) -> new KpiListing(rs.getLong("id"), rs.getLong("node_id"), rs.getLong("kpi_id"),
					rs.getInt("position"), rs.getBoolean("relisted")))
			.list();
	}

	@Override
	public List<YearlyValue> values(long kpiId) {
		return jdbc.sql(VALUE + " WHERE v.kpi_id = :kpi ORDER BY v.fiscal_year")
			.param("kpi", kpiId)
			.query(this::mapValue)
			.list();
	}

	@Override
	public List<YearlyValue> valuesOfPlan(long planId) {
		return jdbc
			.sql(VALUE + " JOIN kpi k ON k.id = v.kpi_id WHERE k.plan_id = :plan AND k.archived_at IS NULL"
					+ " ORDER BY v.kpi_id, v.fiscal_year")
			.param("plan", planId)
			.query(this::mapValue)
			.list();
	}

	@Override
	public List<YearlyValue> valuesOfPlan(long planId, FiscalYear year) {
		return jdbc
			.sql(VALUE + " JOIN kpi k ON k.id = v.kpi_id WHERE k.plan_id = :plan AND k.archived_at IS NULL"
					+ " AND v.fiscal_year = :year" + " ORDER BY v.kpi_id")
			.param("plan", planId)
			.param("year", year.value())
			.query(this::mapValue)
			.list();
	}

	@Override
	public Optional<YearlyValue> findValue(long kpiId, FiscalYear year) {
		return jdbc.sql(VALUE + " WHERE v.kpi_id = :kpi AND v.fiscal_year = :year")
			.param("kpi", kpiId)
			.param("year", year.value())
			.query(this::mapValue)
			.optional();
	}

	@Override
	@Transactional
	public Optional<YearlyValue> saveValue(long kpiId, FiscalYear year, Actual actual, String note, String source,
			Integer expectedVersion, String user) {
		Optional<YearlyValue> existing = findValue(kpiId, year);
		if (expectedVersion != null && existing.map(YearlyValue::version).orElse(0) != expectedVersion.intValue()) {
			return Optional.empty();
		}
		BigDecimal amount = actual.amount().orElse(null);
		Map<String, Object> row = new HashMap<>();
		row.put("kpi", kpiId);
		row.put("year", year.value());
		row.put("status", actual.status().name());
		row.put("amount", amount);
		row.put("scale", Columns.scaleOf(amount));
		row.put("month", actual instanceof Actual.Pending pending ? pending.expectedMonth() : null);
		row.put("approximate", actual instanceof Actual.Measured measured && measured.approximate());
		row.put("note", note);
		row.put("source", source);
		row.put("now", Timestamp.from(Instant.now(clock)));
		row.put("user", user);
		if (existing.isEmpty()) {
			TransactionStatus status = TransactionAspectSupport.currentTransactionStatus();
			Object savepoint = status.createSavepoint();
			try {
				jdbc.sql("""
						INSERT INTO yearly_value (kpi_id, fiscal_year, status, amount, amount_scale, approximate,
						                          expected_month, note, source, version, updated_at, updated_by)
						VALUES (:kpi, :year, :status, :amount, :scale, :approximate, :month, :note, :source, 1, :now,
						        :user)""").params(row).update();
				status.releaseSavepoint(savepoint);
			}
			catch (DuplicateKeyException ex) {
				// somebody else stored the year meanwhile: back to before the insert, so
				// that the transaction goes on (PostgreSQL aborts it otherwise) and the
				// conflict can say what the value is now
				status.rollbackToSavepoint(savepoint);
				return Optional.empty();
			}
		}
		else {
			row.put("version", existing.get().version());
			int updated = jdbc
				.sql("""
						UPDATE yearly_value SET status = :status, amount = :amount, amount_scale = :scale, approximate = :approximate,
						       expected_month = :month, note = :note, source = :source, version = version + 1, updated_at = :now,
						       updated_by = :user
						WHERE kpi_id = :kpi AND fiscal_year = :year AND version = :version""")
				.params(row)
				.update();
			if (updated == 0) {
				return Optional.empty();
			}
		}
		Optional<YearlyValue> saved = findValue(kpiId, year);
		Unit unit = unitOf(kpiId);
		audit.record(user, AuditSubject.kpi(kpiId), AuditAction.VALUE_SET, year.eraLabel(),
				existing.map(v -> describe(v, unit)).orElse(null), saved.map(v -> describe(v, unit)).orElse(null),
				null);
		return saved;
	}

	@Override
	@Transactional
	public List<ValueWrite> saveValues(List<ValueWrite> writes, String user) {
		if (writes.isEmpty()) {
			return List.of();
		}
		Map<ValueKey, YearlyValue> existing = existingValues(writes);
		List<ValueWrite> conflicts = new ArrayList<>();
		List<ValueWrite> inserts = new ArrayList<>();
		List<ValueWrite> updates = new ArrayList<>();
		List<ValueWrite> removals = new ArrayList<>();
		for (ValueWrite write : writes) {
			YearlyValue current = existing.get(ValueKey.of(write));
			int version = current == null ? 0 : current.version();
			if (write.expectedVersion() != null && version != write.expectedVersion()) {
				conflicts.add(write);
			}
			else if (write.removes()) {
				if (current != null) {
					removals.add(write);
				}
			}
			else {
				(current == null ? inserts : updates).add(write);
			}
		}
		if (!conflicts.isEmpty()) {
			return conflicts;
		}
		Timestamp now = Timestamp.from(Instant.now(clock));
		// Whatever refuses the batch goes back to here: nothing of it is stored, and the
		// caller's transaction goes on (a duplicate key aborts it on PostgreSQL).
		TransactionStatus status = TransactionAspectSupport.currentTransactionStatus();
		Object savepoint = status.createSavepoint();
		try {
			if (!NewValuesByCopy.write(batches, inserts, now, user)) {
				batches.batchUpdate("""
						INSERT INTO yearly_value (kpi_id, fiscal_year, status, amount, amount_scale, approximate,
						                          expected_month, note, source, version, updated_at, updated_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""", inserts, BATCH, (ps, w) -> {
					ps.setLong(1, w.kpiId());
					ps.setInt(2, w.year().value());
					setValue(ps, 3, w, now, user);
				});
			}
		}
		catch (DuplicateKeyException ex) {
			// somebody else stored one of these years in the meantime: those years are
			// the conflicts (what they hold now is committed, and readable once the
			// insert is undone)
			status.rollbackToSavepoint(savepoint);
			Map<ValueKey, YearlyValue> storedMeanwhile = existingValues(inserts);
			List<ValueWrite> taken = inserts.stream().filter(w -> storedMeanwhile.containsKey(ValueKey.of(w))).toList();
			return taken.isEmpty() ? inserts : taken;
		}
		conflicts.addAll(ChangedValuesInOneStatement
			.write(batches, updates, w -> existing.get(ValueKey.of(w)).version(), now, user)
			.orElseGet(() -> refused(updates,
					batches.batchUpdate(
							"""
									UPDATE yearly_value SET status = ?, amount = ?, amount_scale = ?, approximate = ?, expected_month = ?,
									       note = ?, source = ?, version = version + 1, updated_at = ?, updated_by = ?
									WHERE kpi_id = ? AND fiscal_year = ? AND version = ?""",
							updates, BATCH, (ps, w) -> {
								setValue(ps, 1, w, now, user);
								ps.setLong(10, w.kpiId());
								ps.setInt(11, w.year().value());
								ps.setInt(12, existing.get(ValueKey.of(w)).version());
							}))));
		conflicts.addAll(refused(removals,
				batches.batchUpdate("DELETE FROM yearly_value WHERE kpi_id = ? AND fiscal_year = ? AND version = ?",
						removals, BATCH, (ps, w) -> {
							ps.setLong(1, w.kpiId());
							ps.setInt(2, w.year().value());
							ps.setInt(3, existing.get(ValueKey.of(w)).version());
						})));
		if (!conflicts.isEmpty()) {
			status.rollbackToSavepoint(savepoint);
			return conflicts;
		}
		status.releaseSavepoint(savepoint);
		audit.recordAll(auditEntries(writes, existing, user));
		return List.of();
	}

	/** A stored value's key: the KPI and the year. */
	private record ValueKey(long kpiId, int year) {

		static ValueKey of(ValueWrite write) {
			return new ValueKey(write.kpiId(), write.year().value());
		}

	}

	/**
	 * The stored values of the batch's KPIs and years, in a few lookups by the (kpi_id,
	 * fiscal_year) index. On PostgreSQL the lookups are told not to scan the whole table:
	 * while a bulk load fills a new table, it has no statistics yet, and the planner,
	 * guessing that a thousand KPI ids match most rows, would read every row stored so
	 * far for each lookup (W2: 51 of 120 seconds).
	 */
	private Map<ValueKey, YearlyValue> existingValues(List<ValueWrite> writes) {
		boolean postgres = CopyIn.onPostgres(batches);
		if (postgres) {
			batches.execute("SET LOCAL enable_seqscan = off");
		}
		try {
			return lookUpValues(writes);
		}
		finally {
			if (postgres) {
				batches.execute("SET LOCAL enable_seqscan TO DEFAULT");
			}
		}
	}

	private Map<ValueKey, YearlyValue> lookUpValues(List<ValueWrite> writes) {
		java.util.Set<ValueKey> wanted = new java.util.HashSet<>();
		java.util.Set<Long> kpiIds = new LinkedHashSet<>();
		for (ValueWrite write : writes) {
			wanted.add(ValueKey.of(write));
			kpiIds.add(write.kpiId());
		}
		Map<ValueKey, YearlyValue> existing = new HashMap<>();
		for (List<Long> chunk : chunks(new ArrayList<>(kpiIds), LOOKUP)) {
			jdbc.sql(VALUE + " WHERE v.kpi_id IN (:ids)")
				.param("ids", chunk)
				.query(this::mapValue)
				.list()
				.forEach(v -> {
					ValueKey key = new ValueKey(v.kpiId(), v.year().value());
					if (wanted.contains(key)) {
						existing.put(key, v);
					}
				});
		}
		return existing;
	}

	private static void setValue(java.sql.PreparedStatement ps, int first, ValueWrite w, Timestamp now, String user)
			throws SQLException {
		Actual actual = w.actual();
		BigDecimal amount = actual.amount().orElse(null);
		ps.setString(first, actual.status().name());
		if (amount == null) {
			ps.setNull(first + 1, Types.NUMERIC);
			ps.setNull(first + 2, Types.SMALLINT);
		}
		else {
			ps.setBigDecimal(first + 1, amount);
			ps.setInt(first + 2, Columns.scaleOf(amount));
		}
		ps.setBoolean(first + 3, actual instanceof Actual.Measured measured && measured.approximate());
		if (actual instanceof Actual.Pending pending && pending.expectedMonth() != null) {
			ps.setInt(first + 4, pending.expectedMonth());
		}
		else {
			ps.setNull(first + 4, Types.SMALLINT);
		}
		ps.setString(first + 5, w.note());
		ps.setString(first + 6, w.source());
		ps.setTimestamp(first + 7, now);
		ps.setString(first + 8, user);
	}

	/** The writes whose statement changed no row: somebody else got there first. */
	private static List<ValueWrite> refused(List<ValueWrite> writes, int[][] counts) {
		List<ValueWrite> refused = new ArrayList<>();
		int i = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				if (count == 0) {
					refused.add(writes.get(i));
				}
				i++;
			}
		}
		return refused;
	}

	/**
	 * One entry per KPI and year, the one {@link #saveValue} or {@link #deleteValue}
	 * writes for that year: the KPI page's history reads the same whichever channel
	 * brought the value, and no entry outgrows its columns however many years a batch
	 * holds. In the order of the KPIs and years; recorded in one batch.
	 */
	private List<AuditTrail.Change> auditEntries(List<ValueWrite> writes, Map<ValueKey, YearlyValue> existing,
			String user) {
		List<ValueWrite> audited = new ArrayList<>(writes.size());
		Set<Long> kpiIds = new LinkedHashSet<>();
		for (ValueWrite write : writes) {
			if (!write.removes() || existing.containsKey(ValueKey.of(write))) {
				audited.add(write);
				kpiIds.add(write.kpiId());
			}
		}
		audited.sort(java.util.Comparator.comparingLong(ValueWrite::kpiId).thenComparing(ValueWrite::year));
		Map<Long, Unit> units = unitsOf(kpiIds);
		List<AuditTrail.Change> changes = new ArrayList<>(audited.size());
		for (ValueWrite write : audited) {
			Unit unit = units.getOrDefault(write.kpiId(), Unit.NONE);
			YearlyValue old = existing.get(ValueKey.of(write));
			changes.add(new AuditTrail.Change(user, AuditSubject.kpi(write.kpiId()),
					write.removes() ? AuditAction.VALUE_REMOVED : AuditAction.VALUE_SET, write.year().eraLabel(),
					old == null ? null : describe(old, unit),
					write.removes() ? null : describe(write.actual(), write.note(), write.source(), unit), null));
		}
		return changes;
	}

	private Map<Long, Unit> unitsOf(Set<Long> ids) {
		Map<Long, Unit> units = new HashMap<>();
		for (List<Long> chunk : chunks(new ArrayList<>(ids), LOOKUP)) {
			jdbc.sql("SELECT id, unit FROM kpi WHERE id IN (:ids)").param("ids", chunk).query(rs -> {
				units.put(rs.getLong("id"), Unit.of(rs.getString("unit")));
			});
		}
		return units;
	}

	private static <T> List<List<T>> chunks(List<T> all, int size) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += size) {
			chunks.add(all.subList(from, Math.min(all.size(), from + size)));
		}
		return chunks;
	}

	@Override
	@Transactional
	public void updateDefinition(long kpiId, String name, Direction direction, Target target, String definition,
			FiscalYear from, String reason, String user) {
		Kpi before = findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
		if (from != null) {
			Target previous = before.target();
			jdbc.sql(
					"""
							INSERT INTO kpi_target_revision (kpi_id, from_year, direction, target_value, target_scale, target_year,
							       previous_direction, previous_value, previous_scale, previous_year, reason, created_at, created_by)
							VALUES (:kpi, :from, :direction, :target, :scale, :year, :previousDirection, :previous,
							        :previousScale, :previousYear, :reason, :now, :user)""")
				.param("kpi", kpiId)
				.param("from", from.value())
				.param("direction", direction.name())
				.param("target", target == null ? null : target.value())
				.param("scale", target == null ? null : Columns.scaleOf(target.value()))
				.param("year", target == null || target.year() == null ? null : target.year().value())
				.param("previousDirection", before.direction().name())
				.param("previous", previous == null ? null : previous.value())
				.param("previousScale", previous == null ? null : Columns.scaleOf(previous.value()))
				.param("previousYear", previous == null || previous.year() == null ? null : previous.year().value())
				.param("reason", reason)
				.param("now", Timestamp.from(Instant.now(clock)))
				.param("user", user)
				.update();
		}
		jdbc.sql("""
				UPDATE kpi SET name = :name, direction = :direction, target_value = :target, target_scale = :scale,
				       target_year = :year, definition = :definition
				WHERE id = :kpi""")
			.param("name", name)
			.param("direction", direction.name())
			.param("target", target == null ? null : target.value())
			.param("scale", target == null ? null : Columns.scaleOf(target.value()))
			.param("year", target == null || target.year() == null ? null : target.year().value())
			.param("definition", definition)
			.param("kpi", kpiId)
			.update();
		Kpi after = findById(kpiId).orElseThrow();
		audit.record(user, AuditSubject.kpi(kpiId), AuditAction.KPI_DEFINITION_CHANGED,
				from == null ? null : from.eraLabel() + "～", describe(before), describe(after), reason);
	}

	@Override
	public List<TargetRevision> targetRevisions(long kpiId) {
		return jdbc.sql("SELECT * FROM kpi_target_revision WHERE kpi_id = :kpi ORDER BY id")
			.param("kpi", kpiId)
			.query(this::mapTargetRevision)
			.list();
	}

	@Override
	public Map<Long, List<TargetRevision>> targetRevisionsOfPlan(long planId) {
		return targetRevisionsOfPlans(List.of(planId));
	}

	private TargetRevision mapTargetRevision(ResultSet rs, int row) throws SQLException {
		return new TargetRevision(rs.getLong("kpi_id"), FiscalYear.of(rs.getInt("from_year")),
				Direction.valueOf(rs.getString("direction")), target(rs, "target_value", "target_scale", "target_year"),
				Direction.valueOf(rs.getString("previous_direction")),
				target(rs, "previous_value", "previous_scale", "previous_year"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("reason"), rs.getString("created_by"));
	}

	private static Target target(ResultSet rs, String value, String scale, String year) throws SQLException {
		BigDecimal amount = Columns.amount(rs, value, scale);
		Integer targetYear = Columns.nullableInt(rs, year);
		return amount == null ? null : new Target(amount, targetYear == null ? null : FiscalYear.of(targetYear));
	}

	/** 名称・方向・目標・定義, as the audit trail keeps them. */
	private static String describe(Kpi kpi) {
		return kpi.name() + "｜" + kpi.direction().word() + "｜"
				+ (kpi.target() == null ? "－" : kpi.target().display(kpi.unit()))
				+ (kpi.definition() == null ? "" : "｜" + kpi.definition());
	}

	@Override
	public void assignDepartment(long kpiId, Long departmentId) {
		jdbc.sql("UPDATE kpi SET department_id = :department WHERE id = :kpi")
			.param("department", departmentId)
			.param("kpi", kpiId)
			.update();
	}

	private Unit unitOf(long kpiId) {
		return findById(kpiId).map(Kpi::unit).orElse(Unit.NONE);
	}

	private static String describe(YearlyValue value, Unit unit) {
		return describe(value.actual(), value.note(), value.source(), unit);
	}

	private static String describe(Actual actual, String note, String source, Unit unit) {
		String text = actual.display(unit) + "［" + actual.status().word() + "］";
		text = note == null ? text : text + " " + note;
		return source == null ? text : text + "（出典: " + source + "）";
	}

	@Override
	@Transactional
	public boolean deleteValue(long kpiId, FiscalYear year, Integer expectedVersion, String user) {
		Optional<YearlyValue> existing = findValue(kpiId, year);
		if (existing.isEmpty()) {
			return expectedVersion == null || expectedVersion == 0;
		}
		if (expectedVersion != null && existing.get().version() != expectedVersion) {
			return false;
		}
		int deleted = jdbc
			.sql("DELETE FROM yearly_value WHERE kpi_id = :kpi AND fiscal_year = :year AND version = :version")
			.param("kpi", kpiId)
			.param("year", year.value())
			.param("version", existing.get().version())
			.update();
		if (deleted == 1) {
			audit.record(user, AuditSubject.kpi(kpiId), AuditAction.VALUE_REMOVED, year.eraLabel(),
					describe(existing.get(), unitOf(kpiId)), null, null);
		}
		return deleted == 1;
	}

	@Override
	public NavigableMap<FiscalYear, BigDecimal> milestones(long kpiId) {
		NavigableMap<FiscalYear, BigDecimal> milestones = new TreeMap<>();
		jdbc.sql("SELECT fiscal_year, amount, amount_scale FROM kpi_milestone WHERE kpi_id = :kpi")
			.param("kpi", kpiId)
			.query(rs -> {
				milestones.put(FiscalYear.of(rs.getInt("fiscal_year")), Columns.amount(rs, "amount", "amount_scale"));
			});
		return milestones;
	}

	@Override
	public Map<Long, NavigableMap<FiscalYear, BigDecimal>> milestonesOfPlan(long planId) {
		return milestonesOfPlans(List.of(planId));
	}

	@Override
	@Transactional
	public void saveMilestone(long kpiId, FiscalYear year, BigDecimal value, String user) {
		BigDecimal before = milestones(kpiId).get(year);
		removeMilestone(kpiId, year);
		jdbc.sql("""
				INSERT INTO kpi_milestone (kpi_id, fiscal_year, amount, amount_scale, updated_at, updated_by)
				VALUES (:kpi, :year, :value, :scale, :now, :user)""")
			.param("kpi", kpiId)
			.param("year", year.value())
			.param("value", value)
			.param("scale", Columns.scaleOf(value))
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("user", user)
			.update();
		Unit unit = unitOf(kpiId);
		audit.record(user, AuditSubject.kpi(kpiId), AuditAction.MILESTONE_SET, year.eraLabel(),
				before == null ? null : QuantityFormat.format(before, unit), QuantityFormat.format(value, unit), null);
	}

	@Override
	@Transactional
	public void deleteMilestone(long kpiId, FiscalYear year, String user) {
		BigDecimal before = milestones(kpiId).get(year);
		if (before != null) {
			removeMilestone(kpiId, year);
			audit.record(user, AuditSubject.kpi(kpiId), AuditAction.MILESTONE_REMOVED, year.eraLabel(),
					QuantityFormat.format(before, unitOf(kpiId)), null, null);
		}
	}

	private void removeMilestone(long kpiId, FiscalYear year) {
		jdbc.sql("DELETE FROM kpi_milestone WHERE kpi_id = :kpi AND fiscal_year = :year")
			.param("kpi", kpiId)
			.param("year", year.value())
			.update();
	}

	@Override
	public List<BaselineRevision> baselineRevisions(long kpiId) {
		return jdbc.sql("SELECT * FROM kpi_baseline_revision WHERE kpi_id = :kpi ORDER BY id")
			.param("kpi", kpiId)
			.query(this::mapRevision)
			.list();
	}

	@Override
	public Map<Long, List<BaselineRevision>> baselineRevisionsOfPlan(long planId) {
		return baselineRevisionsOfPlans(List.of(planId));
	}

	@Override
	@Transactional
	public void addBaselineRevision(long kpiId, Baseline baseline, LocalDate revisedOn, String reason, String user) {
		jdbc.sql("""
				INSERT INTO kpi_baseline_revision (kpi_id, amount, amount_scale, fiscal_year, revised_on, reason,
				                                   created_at, created_by)
				VALUES (:kpi, :value, :scale, :year, :on, :reason, :now, :user)""")
			.param("kpi", kpiId)
			.param("value", baseline.value())
			.param("scale", Columns.scaleOf(baseline.value()))
			.param("year", baseline.year() == null ? null : baseline.year().value())
			.param("on", Date.valueOf(revisedOn))
			.param("reason", reason)
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("user", user)
			.update();
		Kpi kpi = findById(kpiId).orElseThrow();
		List<BaselineRevision> revisions = baselineRevisions(kpiId);
		Baseline before = revisions.size() > 1 ? revisions.get(revisions.size() - 2).baseline() : kpi.baseline();
		audit.record(user, AuditSubject.kpi(kpiId), AuditAction.BASELINE_REVISED, null,
				before == null ? null : before.display(kpi.unit()), baseline.display(kpi.unit()), reason);
	}

	private BaselineRevision mapRevision(ResultSet rs, int row) throws SQLException {
		Integer year = Columns.nullableInt(rs, "fiscal_year");
		return new BaselineRevision(rs.getLong("kpi_id"),
				new Baseline(Columns.amount(rs, "amount", "amount_scale"), year == null ? null : FiscalYear.of(year)),
				rs.getDate("revised_on").toLocalDate(), rs.getString("reason"), rs.getString("created_by"));
	}

	/** Rows a bulk read fetches at a time (PostgreSQL streams them, in a transaction). */
	static final int BULK_FETCH = 50_000;

	@Override
	public Map<Long, List<Kpi>> findByPlans(Collection<Long> planIds) {
		Map<Long, List<Kpi>> byPlan = new HashMap<>();
		if (planIds.isEmpty()) {
			return byPlan;
		}
		KpiColumns[] columns = { null };
		jdbc.sql("SELECT * FROM kpi WHERE plan_id IN (:plans) AND archived_at IS NULL ORDER BY plan_id, id")
			.param("plans", planIds)
			.withFetchSize(BULK_FETCH)
			.query(rs -> {
				if (columns[0] == null) {
					columns[0] = KpiColumns.of(rs);
				}
				Kpi kpi = mapKpi(rs, columns[0]);
				byPlan.computeIfAbsent(kpi.planId(), id -> new ArrayList<>()).add(kpi);
			});
		return byPlan;
	}

	@Override
	public Map<Long, List<KpiListing>> listingsOfPlans(Collection<Long> planIds) {
		Map<Long, List<KpiListing>> byPlan = new HashMap<>();
		if (planIds.isEmpty()) {
			return byPlan;
		}
		jdbc.sql(
				"""
						SELECT l.*, n.plan_id AS listing_plan_id FROM kpi_listing l JOIN plan_node n ON n.id = l.node_id
						JOIN kpi k ON k.id = l.kpi_id
						WHERE n.plan_id IN (:plans) AND n.archived_at IS NULL AND k.archived_at IS NULL ORDER BY n.plan_id, n.depth, n.position, l.position, l.id""")
			.param("plans", planIds)
			.withFetchSize(BULK_FETCH)
			.query(rs -> {
				byPlan.computeIfAbsent(rs.getLong("listing_plan_id"), id -> new ArrayList<>())
					.add(new KpiListing(rs.getLong("id"), rs.getLong("node_id"), rs.getLong("kpi_id"),
							rs.getInt("position"), rs.getBoolean("relisted")));
			});
		return byPlan;
	}

	/**
	 * Streams the values in the order of the unique index on (KPI, year), which needs no
	 * sort, and hands a plan over as soon as the stream has passed its last KPI: with
	 * KPIs numbered plan by plan (as imports add them) only a plan or two are held at a
	 * time.
	 */
	@Override
	@Transactional(readOnly = true)
	public void valuesOfPlans(Collection<Long> planIds, FiscalYear upTo, BiConsumer<Long, List<YearlyValue>> eachPlan) {
		Set<Long> ids = new TreeSet<>(planIds);
		if (ids.isEmpty()) {
			return;
		}
		TreeMap<Long, Long> planByLastKpi = new TreeMap<>();
		jdbc.sql("SELECT plan_id, max(id) AS last_kpi FROM kpi WHERE plan_id IN (:plans) AND archived_at IS NULL"
				+ " GROUP BY plan_id")
			.param("plans", ids)
			.query(rs -> {
				planByLastKpi.put(rs.getLong("last_kpi"), rs.getLong("plan_id"));
			});
		Map<Long, List<YearlyValue>> reading = new HashMap<>();
		Set<Long> handed = new HashSet<>();
		BiConsumer<Long, List<YearlyValue>> hand = (planId, values) -> {
			handed.add(planId);
			eachPlan.accept(planId, values == null ? List.of() : values);
		};
		ValueColumns[] columns = { null };
		int[] planColumn = { 0 };
		jdbc.sql(PLAN_VALUE
				+ """
						 JOIN kpi k ON k.id = v.kpi_id WHERE k.plan_id IN (:plans) AND k.archived_at IS NULL AND v.fiscal_year <= :upTo
						ORDER BY v.kpi_id, v.fiscal_year""")
			.param("plans", ids)
			.param("upTo", upTo.value())
			.withFetchSize(BULK_FETCH)
			.query(rs -> {
				if (columns[0] == null) {
					columns[0] = ValueColumns.of(rs);
					planColumn[0] = rs.findColumn("value_plan_id");
				}
				YearlyValue value = mapValue(rs, columns[0]);
				while (!planByLastKpi.isEmpty() && planByLastKpi.firstKey() < value.kpiId()) {
					long done = planByLastKpi.pollFirstEntry().getValue();
					hand.accept(done, reading.remove(done));
				}
				reading.computeIfAbsent(rs.getLong(planColumn[0]), id -> new ArrayList<>()).add(value);
			});
		for (long planId : planByLastKpi.values()) {
			hand.accept(planId, reading.remove(planId));
		}
		for (long planId : ids) {
			if (!handed.contains(planId)) {
				hand.accept(planId, List.of());
			}
		}
	}

	@Override
	public Map<Long, List<TargetRevision>> targetRevisionsOfPlans(Collection<Long> planIds) {
		return revisionsOfPlans("kpi_target_revision", planIds, this::mapTargetRevision, TargetRevision::kpiId);
	}

	@Override
	public Map<Long, NavigableMap<FiscalYear, BigDecimal>> milestonesOfPlans(Collection<Long> planIds) {
		Map<Long, NavigableMap<FiscalYear, BigDecimal>> milestones = new HashMap<>();
		if (planIds.isEmpty()) {
			return milestones;
		}
		jdbc.sql("""
				SELECT m.kpi_id, m.fiscal_year, m.amount, m.amount_scale FROM kpi_milestone m
				JOIN kpi k ON k.id = m.kpi_id WHERE k.plan_id IN (:plans) AND k.archived_at IS NULL""")
			.param("plans", planIds)
			.query(rs -> {
				milestones.computeIfAbsent(rs.getLong("kpi_id"), id -> new TreeMap<>())
					.put(FiscalYear.of(rs.getInt("fiscal_year")), Columns.amount(rs, "amount", "amount_scale"));
			});
		return milestones;
	}

	@Override
	public Map<Long, List<BaselineRevision>> baselineRevisionsOfPlans(Collection<Long> planIds) {
		return revisionsOfPlans("kpi_baseline_revision", planIds, this::mapRevision, BaselineRevision::kpiId);
	}

	/**
	 * The rows of a revision table of the plans' KPIs, by KPI id, oldest first.
	 * @param table a table with a {@code kpi_id} column (a constant, never input)
	 */
	private <R> Map<Long, List<R>> revisionsOfPlans(String table, Collection<Long> planIds,
			org.springframework.jdbc.core.RowMapper<R> mapper, java.util.function.ToLongFunction<R> kpiId) {
		Map<Long, List<R>> revisions = new HashMap<>();
		if (planIds.isEmpty()) {
			return revisions;
		}
		jdbc.sql("SELECT r.* FROM " + table
				+ " r JOIN kpi k ON k.id = r.kpi_id WHERE k.plan_id IN (:plans) AND k.archived_at IS NULL ORDER BY r.id")
			.param("plans", planIds)
			.query(mapper)
			.list()
			.forEach(r -> revisions.computeIfAbsent(kpiId.applyAsLong(r), id -> new ArrayList<>()).add(r));
		return revisions;
	}

	/**
	 * The audit actions of a KPI's coming into being (its creation, its listings): alone
	 * they are no history, a KPI with nothing else recorded is deleted when removed.
	 */
	static final Set<String> CREATION_ACTIONS = Set.of(AuditAction.KPI_ADDED.name(), AuditAction.KPI_RELISTED.name());

	@Override
	public Optional<Instant> archivedAt(long kpiId) {
		return jdbc.sql("SELECT archived_at FROM kpi WHERE id = :id AND archived_at IS NOT NULL")
			.param("id", kpiId)
			.query((rs, n) -> rs.getTimestamp("archived_at").toInstant())
			.optional();
	}

	@Override
	public boolean hasHistory(long kpiId) {
		return jdbc.sql("""
				SELECT CASE WHEN EXISTS (SELECT 1 FROM yearly_value WHERE kpi_id = :kpi)
				  OR EXISTS (SELECT 1 FROM kpi_milestone WHERE kpi_id = :kpi)
				  OR EXISTS (SELECT 1 FROM kpi_baseline_revision WHERE kpi_id = :kpi)
				  OR EXISTS (SELECT 1 FROM kpi_target_revision WHERE kpi_id = :kpi)
				  OR EXISTS (SELECT 1 FROM collection_item WHERE kpi_id = :kpi)
				  OR EXISTS (SELECT 1 FROM collection_remark WHERE kpi_id = :kpi)
				  OR EXISTS (SELECT 1 FROM audit_entry WHERE subject_kind = 'KPI' AND subject_id = :kpi
				             AND action NOT IN (:creation))
				  OR EXISTS (SELECT 1 FROM effect_verification WHERE kpi_id = :kpi)
				  OR EXISTS (SELECT 1 FROM evaluation_indicator WHERE kpi_id = :kpi)
				  OR EXISTS (SELECT 1 FROM expert_opinion WHERE subject_kind = 'KPI' AND subject_id = :kpi)
				THEN 1 ELSE 0 END""")
			.param("kpi", kpiId)
			.param("creation", CREATION_ACTIONS)
			.query(Integer.class)
			.single() == 1;
	}

	@Override
	public List<KpiListing> listingsOf(long kpiId) {
		return jdbc.sql("SELECT * FROM kpi_listing WHERE kpi_id = :kpi ORDER BY id")
			.param("kpi", kpiId)
			.query((rs, n) -> new KpiListing(rs.getLong("id"), rs.getLong("node_id"), rs.getLong("kpi_id"),
					rs.getInt("position"), rs.getBoolean("relisted")))
			.list();
	}

	@Override
	@Transactional
	public void updateFigures(long kpiId, Unit unit, Aggregation aggregation, Baseline baseline, String department,
			String user) {
		Kpi before = findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
		jdbc.sql("""
				UPDATE kpi SET unit = :unit, aggregation = :aggregation, baseline_value = :baseline,
				       baseline_scale = :scale, baseline_year = :year, department = :department
				WHERE id = :kpi""")
			.param("unit", unit.text())
			.param("aggregation", aggregation.name())
			.param("baseline", baseline == null ? null : baseline.value())
			.param("scale", baseline == null ? null : Columns.scaleOf(baseline.value()))
			.param("year", baseline == null || baseline.year() == null ? null : baseline.year().value())
			.param("department", department)
			.param("kpi", kpiId)
			.update();
		Kpi after = findById(kpiId).orElseThrow();
		audit.record(user, AuditSubject.kpi(kpiId), AuditAction.KPI_EDITED, null, describeFigures(before),
				describeFigures(after), null);
	}

	/** 単位｜集計｜基準値｜担当, as the audit trail keeps them. */
	private static String describeFigures(Kpi kpi) {
		return (kpi.unit().isNone() ? "－" : kpi.unit().text()) + "｜" + kpi.aggregation().name() + "｜"
				+ (kpi.baseline() == null ? "－" : kpi.baseline().display(kpi.unit())) + "｜"
				+ (kpi.department() == null ? "－" : kpi.department());
	}

	@Override
	@Transactional
	public void removeListing(long listingId, String user) {
		Optional<KpiListing> listing = jdbc.sql("SELECT * FROM kpi_listing WHERE id = :id")
			.param("id", listingId)
			.query((rs, n) -> new KpiListing(rs.getLong("id"), rs.getLong("node_id"), rs.getLong("kpi_id"),
					rs.getInt("position"), rs.getBoolean("relisted")))
			.optional();
		if (listing.isEmpty()) {
			return;
		}
		jdbc.sql("DELETE FROM kpi_listing WHERE id = :id").param("id", listingId).update();
		versions.changedNodes(List.of(listing.get().nodeId()));
		audit.record(user, AuditSubject.kpi(listing.get().kpiId()), AuditAction.KPI_UNLISTED,
				"node " + listing.get().nodeId(), null, null, null);
	}

	@Override
	public void makeOwnListing(long listingId) {
		jdbc.sql("UPDATE kpi_listing SET relisted = FALSE WHERE id = :id").param("id", listingId).update();
		jdbc.sql("SELECT node_id FROM kpi_listing WHERE id = :id")
			.param("id", listingId)
			.query(Long.class)
			.optional()
			.ifPresent(node -> versions.changedNodes(List.of(node)));
	}

	@Override
	@Transactional
	public boolean remove(long kpiId, String user) {
		Kpi kpi = findByIdForUpdate(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
		if (hasHistory(kpiId)) {
			jdbc.sql("UPDATE kpi SET archived_at = :now, archived_by = :user WHERE id = :kpi AND archived_at IS NULL")
				.param("now", Timestamp.from(Instant.now(clock)))
				.param("user", user)
				.param("kpi", kpiId)
				.update();
			jdbc.sql("DELETE FROM kpi_listing WHERE kpi_id = :kpi AND relisted = TRUE").param("kpi", kpiId).update();
			versions.changed(kpi.planId());
			audit.record(user, AuditSubject.kpi(kpiId), AuditAction.KPI_ARCHIVED, null, kpi.name(), null, null);
			return true;
		}
		jdbc.sql("DELETE FROM kpi_listing WHERE kpi_id = :kpi").param("kpi", kpiId).update();
		jdbc.sql("DELETE FROM kpi WHERE id = :kpi").param("kpi", kpiId).update();
		versions.changed(kpi.planId());
		// the KPI is gone: the entry is the plan's (whose page it leaves)
		audit.record(user, AuditSubject.plan(kpi.planId()), AuditAction.KPI_REMOVED, "kpi " + kpiId, kpi.name(), null,
				null);
		return false;
	}

	private Kpi mapKpi(ResultSet rs, int row) throws SQLException {
		return mapKpi(rs, KpiColumns.of(rs));
	}

	/** Where a KPI's columns are in a result set, looked up once for a statement. */
	private record KpiColumns(int id, int plan, int key, int name, int unit, int direction, int aggregation,
			int baseline, int baselineScale, int baselineYear, int target, int targetScale, int targetYear,
			int department, int definition, int departmentId) {

		static KpiColumns of(ResultSet rs) throws SQLException {
			return new KpiColumns(rs.findColumn("id"), rs.findColumn("plan_id"), rs.findColumn("kpi_key"),
					rs.findColumn("name"), rs.findColumn("unit"), rs.findColumn("direction"),
					rs.findColumn("aggregation"), rs.findColumn("baseline_value"), rs.findColumn("baseline_scale"),
					rs.findColumn("baseline_year"), rs.findColumn("target_value"), rs.findColumn("target_scale"),
					rs.findColumn("target_year"), rs.findColumn("department"), rs.findColumn("definition"),
					rs.findColumn("department_id"));
		}

	}

	private static Kpi mapKpi(ResultSet rs, KpiColumns at) throws SQLException {
		BigDecimal baselineValue = amount(rs, at.baseline(), at.baselineScale());
		Integer baselineYear = nullableInt(rs, at.baselineYear());
		Baseline baseline = baselineValue == null ? null
				: new Baseline(baselineValue, baselineYear == null ? null : FiscalYear.of(baselineYear));
		BigDecimal targetValue = amount(rs, at.target(), at.targetScale());
		Integer targetYear = nullableInt(rs, at.targetYear());
		Target target = targetValue == null ? null
				: new Target(targetValue, targetYear == null ? null : FiscalYear.of(targetYear));
		long departmentId = rs.getLong(at.departmentId());
		Long department = rs.wasNull() ? null : departmentId;
		return new Kpi(rs.getLong(at.id()), rs.getLong(at.plan()), rs.getString(at.key()), rs.getString(at.name()),
				Unit.of(rs.getString(at.unit())), Direction.valueOf(rs.getString(at.direction())),
				Aggregation.valueOf(rs.getString(at.aggregation())), baseline, target, rs.getString(at.department()),
				rs.getString(at.definition()), department);
	}

	/** {@link Columns#amount} by column index. */
	private static BigDecimal amount(ResultSet rs, int amountColumn, int scaleColumn) throws SQLException {
		BigDecimal amount = rs.getBigDecimal(amountColumn);
		return amount == null ? null : amount.setScale(rs.getInt(scaleColumn));
	}

	private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private YearlyValue mapValue(ResultSet rs, int row) throws SQLException {
		return mapValue(rs, ValueColumns.of(rs));
	}

	/**
	 * Where a value's columns are in a result set: looked up once for a statement rather
	 * than by name for every row of a bulk read.
	 */
	private record ValueColumns(int kpi, int year, int status, int amount, int scale, int month, int approximate,
			int note, int source, int version, int updatedAt, int updatedBy) {

		static ValueColumns of(ResultSet rs) throws SQLException {
			return new ValueColumns(rs.findColumn("kpi_id"), rs.findColumn("fiscal_year"), rs.findColumn("status"),
					rs.findColumn("amount"), rs.findColumn("amount_scale"), rs.findColumn("expected_month"),
					rs.findColumn("approximate"), rs.findColumn("note"), rs.findColumn("source"),
					rs.findColumn("version"), rs.findColumn("updated_at"), rs.findColumn("updated_by"));
		}

	}

	private static YearlyValue mapValue(ResultSet rs, ValueColumns at) throws SQLException {
		ValueStatus status = ValueStatus.valueOf(rs.getString(at.status()));
		BigDecimal amount = rs.getBigDecimal(at.amount());
		if (amount != null) {
			amount = amount.setScale(rs.getInt(at.scale()));
		}
		Actual actual = switch (status) {
			case CONFIRMED -> new Actual.Confirmed(amount, rs.getBoolean(at.approximate()));
			case PRELIMINARY -> new Actual.Preliminary(amount, rs.getBoolean(at.approximate()));
			case PENDING -> {
				int month = rs.getInt(at.month());
				yield new Actual.Pending(rs.wasNull() ? null : month);
			}
		};
		// as an OffsetDateTime: the driver parses it without a Calendar
		return new YearlyValue(rs.getLong(at.kpi()), FiscalYear.of(rs.getInt(at.year())), actual,
				rs.getString(at.note()), rs.getString(at.source()), rs.getInt(at.version()),
				rs.getObject(at.updatedAt(), OffsetDateTime.class).toInstant(), rs.getString(at.updatedBy()));
	}

}
