package jp.suishin.kpi.persistence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.ValueWrite;
import jp.suishin.storage.Columns;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changed yearly values written on PostgreSQL as one {@code UPDATE … FROM unnest(…)} per
 * few thousand rows instead of one statement per row: an upload of a department's sheet
 * (W3) changes its values at the speed of one statement. Each row is changed only while
 * it still has the version the batch read; the rows returned say which ones were changed,
 * the others are refused as with the per-row statements. On another database nothing is
 * written and the caller falls back to JDBC batches.
 */
final class ChangedValuesInOneStatement {

	static final String UPDATE = """
			UPDATE yearly_value v
			   SET status = u.status, amount = u.amount, amount_scale = u.amount_scale, approximate = u.approximate,
			       expected_month = u.expected_month, note = u.note, source = u.source, version = v.version + 1,
			       updated_at = ?, updated_by = ?
			  FROM unnest(?::bigint[], ?::int[], ?::varchar[], ?::numeric[], ?::smallint[], ?::boolean[], ?::smallint[],
			              ?::varchar[], ?::varchar[], ?::int[])
			       AS u(kpi_id, fiscal_year, status, amount, amount_scale, approximate, expected_month, note, source,
			            version)
			 WHERE v.kpi_id = u.kpi_id AND v.fiscal_year = u.fiscal_year AND v.version = u.version
			RETURNING v.kpi_id, v.fiscal_year""";

	/** Rows per statement. */
	static final int CHUNK = 5000;

	private ChangedValuesInOneStatement() {
	}

	/**
	 * @param version the version each write's stored value had when the batch read it
	 * @return the writes that changed no row (somebody else got there first), or empty
	 * when the connection is not PostgreSQL's and nothing was written
	 */
	static Optional<List<ValueWrite>> write(JdbcTemplate jdbc, List<ValueWrite> updates,
			ToIntFunction<ValueWrite> version, Timestamp now, String user) {
		if (updates.isEmpty()) {
			return Optional.of(List.of());
		}
		return Optional.ofNullable(jdbc.execute((ConnectionCallback<List<ValueWrite>>) connection -> {
			if (!connection.isWrapperFor(PGConnection.class)) {
				return null;
			}
			List<ValueWrite> refused = new ArrayList<>();
			for (int from = 0; from < updates.size(); from += CHUNK) {
				List<ValueWrite> chunk = updates.subList(from, Math.min(updates.size(), from + CHUNK));
				Set<String> changed = update(connection, chunk, version, now, user);
				for (ValueWrite write : chunk) {
					if (!changed.contains(key(write.kpiId(), write.year().value()))) {
						refused.add(write);
					}
				}
			}
			return refused;
		}));
	}

	private static Set<String> update(Connection connection, List<ValueWrite> chunk, ToIntFunction<ValueWrite> version,
			Timestamp now, String user) throws java.sql.SQLException {
		int n = chunk.size();
		Long[] kpis = new Long[n];
		Integer[] years = new Integer[n];
		String[] statuses = new String[n];
		BigDecimal[] amounts = new BigDecimal[n];
		Integer[] scales = new Integer[n];
		Boolean[] approximate = new Boolean[n];
		Integer[] months = new Integer[n];
		String[] notes = new String[n];
		String[] sources = new String[n];
		Integer[] seen = new Integer[n];
		for (int i = 0; i < n; i++) {
			ValueWrite write = chunk.get(i);
			Actual actual = write.actual();
			BigDecimal amount = actual.amount().orElse(null);
			kpis[i] = write.kpiId();
			years[i] = write.year().value();
			statuses[i] = actual.status().name();
			amounts[i] = amount;
			scales[i] = amount == null ? null : Columns.scaleOf(amount);
			approximate[i] = actual instanceof Actual.Measured measured && measured.approximate();
			months[i] = actual instanceof Actual.Pending pending ? pending.expectedMonth() : null;
			notes[i] = write.note();
			sources[i] = write.source();
			seen[i] = version.applyAsInt(write);
		}
		Set<String> changed = new HashSet<>();
		try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
			statement.setTimestamp(1, now);
			statement.setString(2, user);
			int at = 3;
			for (Array array : List.of(connection.createArrayOf("bigint", kpis), connection.createArrayOf("int", years),
					connection.createArrayOf("varchar", statuses), connection.createArrayOf("numeric", amounts),
					connection.createArrayOf("smallint", scales), connection.createArrayOf("boolean", approximate),
					connection.createArrayOf("smallint", months), connection.createArrayOf("varchar", notes),
					connection.createArrayOf("varchar", sources), connection.createArrayOf("int", seen))) {
				statement.setArray(at++, array);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					changed.add(key(rows.getLong(1), rows.getInt(2)));
				}
			}
		}
		return changed;
	}

	private static String key(long kpiId, int year) {
		return kpiId + "/" + year;
	}

}
