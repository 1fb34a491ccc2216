package jp.suishin.planimport.persistence;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jp.suishin.planimport.ImportUploads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The uploads of plan imports in table {@code import_upload}. */
@Repository
class JdbcImportUploads implements ImportUploads {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcImportUploads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String keep(long accountId, long ownerId, String planName, String period, String fileName, byte[] content) {
		Instant now = clock.instant();
		jdbc.sql("DELETE FROM import_upload WHERE created_at < ?").param(Timestamp.from(now.minus(KEPT))).update();
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		jdbc.sql(
				"""
						INSERT INTO import_upload (token, account_id, owner_id, plan_name, period, file_name, content, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(token, accountId, ownerId, planName, period, fileName, content, Timestamp.from(now))
			.update();
		return token;
	}

	@Override
	public Optional<Upload> find(String token, long accountId) {
		return jdbc.sql("""
				SELECT token, account_id, owner_id, plan_name, period, file_name, content FROM import_upload
				WHERE token = ? AND account_id = ? AND created_at >= ?""")
			.params(token, accountId, Timestamp.from(clock.instant().minus(KEPT)))
			.query((rs, n) -> new Upload(rs.getString("token"), rs.getLong("account_id"), rs.getLong("owner_id"),
					rs.getString("plan_name"), rs.getString("period"), rs.getString("file_name"),
					rs.getBytes("content")))
			.optional();
	}

	@Override
	public void forget(String token) {
		jdbc.sql("DELETE FROM import_upload WHERE token = ?").param(token).update();
	}

}
