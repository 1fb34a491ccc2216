package jp.suishin.storage;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written with PostgreSQL's {@code COPY … FROM STDIN} in the text format, on the
 * connection of the current transaction: how a bulk write stores many rows as fast as the
 * database takes them. On another database nothing is written and the caller inserts the
 * rows in JDBC batches.
 */
public final class CopyIn {

	/** Bytes sent to the server at a time. */
	private static final int CHUNK = 1 << 16;

	private CopyIn() {
	}

	/** Whether the connections are PostgreSQL's. */
	public static boolean onPostgres(JdbcTemplate jdbc) {
		return Boolean.TRUE.equals(
				jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.isWrapperFor(PGConnection.class)));
	}

	/**
	 * Writes each row as {@code row} appends it (tab-separated columns, ending with a new
	 * line; {@link #text} for a text column).
	 * @return false when the connection is not PostgreSQL's (nothing was written)
	 */
	public static <T> boolean write(JdbcTemplate jdbc, String copy, List<T> rows, BiConsumer<StringBuilder, T> row) {
		if (rows.isEmpty()) {
			return true;
		}
		Boolean written = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
			if (!connection.isWrapperFor(PGConnection.class)) {
				return false;
			}
			org.postgresql.copy.CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
			try {
				StringBuilder text = new StringBuilder(CHUNK + 1024);
				for (T each : rows) {
					row.accept(text, each);
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

	/** A text column as COPY's text format reads it; {@code \N} for null. */
	public static String text(String value) {
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

	private static void send(org.postgresql.copy.CopyIn in, StringBuilder text) throws SQLException {
		if (text.length() > 0) {
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			in.writeToCopy(bytes, 0, bytes.length);
			text.setLength(0);
		}
	}

}
