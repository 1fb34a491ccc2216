package jp.suishin.account.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.account.Account;
import jp.suishin.account.AccountRepository;
import jp.suishin.account.ApiTokens;
import jp.suishin.account.Grant;
import jp.suishin.account.NewAccount;
import jp.suishin.account.Role;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.storage.Columns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcAccountRepository implements AccountRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	private final ApiTokens.Store tokens;

	JdbcAccountRepository(JdbcClient jdbc, Clock clock, AuditTrail audit, ApiTokens.Store tokens) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.tokens = tokens;
	}

	@Override
	public Optional<Account> findById(long id) {
		return find("a.id = :key", id).stream().findFirst();
	}

	@Override
	public Optional<Account> findByLogin(String login) {
		return find("a.login = :key", login).stream().findFirst();
	}

	@Override
	public Optional<String> passwordDigest(String login) {
		return jdbc.sql("SELECT password_hash FROM account WHERE login = :login AND enabled")
			.param("login", login)
			.query(String.class)
			.optional();
	}

	@Override
	public List<Account> findAll() {
		return find("1 = 1", null);
	}

	@Override
	public boolean anyAdministrator() {
		return jdbc.sql("SELECT COUNT(*) FROM account WHERE administrator AND enabled").query(Long.class).single() > 0;
	}

	@Override
	@Transactional
	public long add(NewAccount account, String passwordDigest, String actor) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO account (login, display_name, email, password_hash, administrator, created_at, created_by)
				VALUES (:login, :name, :email, :digest, :admin, :at, :actor)""")
			.param("login", account.login())
			.param("name", account.displayName())
			.param("email", account.email())
			.param("digest", passwordDigest)
			.param("admin", account.administrator())
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record(actor, AuditSubject.account(id), AuditAction.ACCOUNT_OPENED, account.login(), null,
				account.administrator() ? "ADMINISTRATOR" : null, null);
		return id;
	}

	@Override
	@Transactional
	public void grant(long accountId, Grant grant, String actor) {
		delete(accountId, grant.organisationId(), grant.role());
		jdbc.sql("""
				INSERT INTO account_grant (account_id, organization_id, role, department_id)
				VALUES (:account, :org, :role, :department)""")
			.param("account", accountId)
			.param("org", grant.organisationId())
			.param("role", grant.role().name())
			.param("department", grant.departmentId())
			.update();
		audit.record(actor, AuditSubject.account(accountId), AuditAction.ROLE_GRANTED,
				"organisation " + grant.organisationId(), null,
				grant.role().name() + (grant.departmentId() == null ? "" : " department " + grant.departmentId()),
				null);
	}

	@Override
	@Transactional
	public void revoke(long accountId, long organisationId, Role role, String actor) {
		if (delete(accountId, organisationId, role) > 0) {
			audit.record(actor, AuditSubject.account(accountId), AuditAction.ROLE_REVOKED,
					"organisation " + organisationId, role.name(), null, null);
		}
	}

	private int delete(long accountId, long organisationId, Role role) {
		return jdbc
			.sql("DELETE FROM account_grant WHERE account_id = :account AND organization_id = :org AND role = :role")
			.param("account", accountId)
			.param("org", organisationId)
			.param("role", role.name())
			.update();
	}

	@Override
	@Transactional
	public void changePassword(long accountId, String passwordDigest, String actor) {
		jdbc.sql("UPDATE account SET password_hash = :digest, credentials_changed_at = :now WHERE id = :id")
			.param("digest", passwordDigest)
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("id", accountId)
			.update();
		audit.record(actor, AuditSubject.account(accountId), AuditAction.PASSWORD_CHANGED, null, null, null, null);
		tokens.revokeAll(accountId, actor);
	}

	@Override
	@Transactional
	public void setEnabled(long accountId, boolean enabled, String actor) {
		int changed = jdbc
			.sql("UPDATE account SET enabled = :enabled, credentials_changed_at = :now "
					+ "WHERE id = :id AND enabled <> :enabled")
			.param("enabled", enabled)
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("id", accountId)
			.update();
		if (changed > 0) {
			audit.record(actor, AuditSubject.account(accountId),
					enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, null, null, null, null);
		}
		if (!enabled) {
			tokens.revokeAll(accountId, actor);
		}
	}

	@Override
	public List<Account> editorsOf(long departmentId) {
		List<Long> ids = jdbc.sql("""
				SELECT DISTINCT g.account_id FROM account_grant g JOIN account a ON a.id = g.account_id
				WHERE g.department_id = :department AND a.enabled ORDER BY g.account_id""")
			.param("department", departmentId)
			.query(Long.class)
			.list();
		return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
	}

	private List<Account> find(String condition, Object key) {
		Map<Long, List<Grant>> grants = new LinkedHashMap<>();
		JdbcClient.StatementSpec grantQuery = jdbc.sql("""
				SELECT g.* FROM account_grant g JOIN account a ON a.id = g.account_id WHERE %s
				ORDER BY g.organization_id, g.role""".formatted(condition));
		if (key != null) {
			grantQuery = grantQuery.param("key", key);
		}
		grantQuery.query(rs -> {
			grants.computeIfAbsent(rs.getLong("account_id"), id -> new ArrayList<>())
				.add(new Grant(rs.getLong("organization_id"), Role.valueOf(rs.getString("role")),
						Columns.nullableLong(rs, "department_id")));
		});
		JdbcClient.StatementSpec accountQuery = jdbc
			.sql("SELECT a.* FROM account a WHERE %s ORDER BY a.login".formatted(condition));
		if (key != null) {
			accountQuery = accountQuery.param("key", key);
		}
		return accountQuery
			.query((rs, n) -> new Account(rs.getLong("id"), rs.getString("login"), rs.getString("display_name"),
					rs.getString("email"), rs.getBoolean("administrator"), rs.getBoolean("enabled"),
					grants.getOrDefault(rs.getLong("id"), List.of()), rs.getTimestamp("credentials_changed_at") == null
							? null : rs.getTimestamp("credentials_changed_at").toInstant()))
			.list();
	}

}
