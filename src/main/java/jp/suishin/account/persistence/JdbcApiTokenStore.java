package jp.suishin.account.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.suishin.account.ApiTokens;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcApiTokenStore implements ApiTokens.Store {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	JdbcApiTokenStore(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	@Transactional
	public long add(long accountId, String name, String digest, Instant createdAt, Instant expiresAt, String actor) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO api_token (account_id, name, token_digest, created_at, expires_at)
				VALUES (:account, :name, :digest, :created, :expires)""")
			.param("account", accountId)
			.param("name", name)
			.param("digest", digest)
			.param("created", Timestamp.from(createdAt))
			.param("expires", Timestamp.from(expiresAt))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record(actor, AuditSubject.account(accountId), AuditAction.TOKEN_ISSUED, name, null, "token " + id, null);
		return id;
	}

	@Override
	public Optional<Long> accountOf(String digest, Instant now) {
		return jdbc.sql("""
				SELECT t.account_id FROM api_token t JOIN account a ON a.id = t.account_id
				WHERE t.token_digest = :digest AND NOT t.revoked AND t.expires_at > :now AND a.enabled""")
			.param("digest", digest)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	@Override
	public List<ApiTokens.Issued> of(long accountId) {
		return jdbc.sql("SELECT * FROM api_token WHERE account_id = :account ORDER BY created_at DESC, id DESC")
			.param("account", accountId)
			.query((rs, n) -> new ApiTokens.Issued(rs.getLong("id"), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
					rs.getBoolean("revoked")))
			.list();
	}

	@Override
	@Transactional
	public boolean revoke(long accountId, long tokenId, String actor) {
		boolean revoked = jdbc
			.sql("UPDATE api_token SET revoked = TRUE WHERE id = :id AND account_id = :account AND NOT revoked")
			.param("id", tokenId)
			.param("account", accountId)
			.update() == 1;
		if (revoked) {
			audit.record(actor, AuditSubject.account(accountId), AuditAction.TOKEN_REVOKED, "token " + tokenId, null,
					null, null);
		}
		return revoked;
	}

	@Override
	@Transactional
	public int revokeAll(long accountId, String actor) {
		int revoked = jdbc.sql("UPDATE api_token SET revoked = TRUE WHERE account_id = :account AND NOT revoked")
			.param("account", accountId)
			.update();
		if (revoked > 0) {
			audit.record(actor, AuditSubject.account(accountId), AuditAction.TOKEN_REVOKED, revoked + " tokens", null,
					null, null);
		}
		return revoked;
	}

}
