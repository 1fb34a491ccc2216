package jp.suishin.kpi.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.ValueWrite;
import jp.suishin.storage.Columns;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * New yearly values written with PostgreSQL's {@code COPY}, in the batch's transaction: a
 * bulk import stores its new rows as fast as the database can take them. The rows are the
 * ones the batch insert would write (version 1, who and when); on another database
 * nothing is written and the caller inserts them in JDBC batches.
 */
final class NewValuesByCopy {

	static final String COPY = """
			COPY yearly_value (kpi_id, fiscal_year, status, amount, amount_scale, approximate, expected_month, note,
			                   source, version, updated_at, updated_by) FROM STDIN""";

	/** Bytes sent to the server at a time. */
	private static final int CHUNK = 1 << 16;

	private NewValuesByCopy() {
	}

	/**
	 * @return false when the connection is not PostgreSQL's (nothing was written)
	 */
	static boolean write(JdbcTemplate jdbc, List<ValueWrite> inserts, Timestamp now, String user) {
		if (inserts.isEmpty()) {
			return true;
		}
		Boolean written = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
			if (!connection.isWrapperFor(PGConnection.class)) {
				return false;
			}
			CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
			try {
				String suffix = "\t1\t" + now.toInstant() + "\t" + escaped(user) + "\n";
				StringBuilder text = new StringBuilder(CHUNK + 1024);
				for (ValueWrite write : inserts) {
					row(text, write, suffix);
					if (text.length() >= CHUNK) {
						send(in, text);
					}
				}
				send(in, text);
				in.endCopy();
			}
			finally {
				if (in.isActive()) {
					in.cancelCopy();
				}
			}
			return true;
		});
		return Boolean.TRUE.equals(written);
	}

	private static void row(StringBuilder text, ValueWrite write, String suffix) {
		Actual actual = write.actual();
		BigDecimal amount = actual.amount().orElse(null);
		text.append(write.kpiId()).append('\t').append(write.year().value()).append('\t');
		text.append(actual.status().name()).append('\t');
		if (amount == null) {
			text.append("\\N\t\\N\t");
		}
		else {
			text.append(amount.toPlainString()).append('\t').append(Columns.scaleOf(amount)).append('\t');
		}
		text.append(actual instanceof Actual.Measured measured && measured.approximate() ? 't' : 'f').append('\t');
		if (actual instanceof Actual.Pending pending && pending.expectedMonth() != null) {
			text.append(pending.expectedMonth().intValue());
		}
		else {
			text.append("\\N");
		}
		text.append('\t').append(escaped(write.note())).append('\t').append(escaped(write.source())).append(suffix);
	}

	/** A text column as COPY's text format reads it; {@code \N} for null. */
	static String escaped(String value) {
		if (value == null) {
			return "\\N";
		}
		StringBuilder out = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			String replacement = switch (c) {
				case '\\' -> "\\\\";
				case '\t' -> "\\t";
				case '\n' -> "\\n";
				case '\r' -> "\\r";
				default -> null;
			};
			if (replacement != null && out == null) {
				out = new StringBuilder(value.length() + 8).append(value, 0, i);
			}
			if (out != null) {
				if (replacement != null) {
					out.append(replacement);
				}
				else {
					out.append(c);
				}
			}
		}
		return out == null ? value : out.toString();
	}

	private static void send(CopyIn in, StringBuilder text) throws SQLException {
		if (text.length() > 0) {
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			in.writeToCopy(bytes, 0, bytes.length);
			text.setLength(0);
		}
	}

}
