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
import jp.suishin.account.Grant;
import jp.suishin.account.NewAccount;
import jp.suishin.account.Role;
import jp.suishin.storage.Columns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccountRepository implements AccountRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAccountRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
		return keys.getKey().longValue();
	}

	@Override
	public void grant(long accountId, Grant grant) {
		revoke(accountId, grant.organisationId(), grant.role());
		jdbc.sql("""
				INSERT INTO account_grant (account_id, organization_id, role, department_id)
				VALUES (:account, :org, :role, :department)""")
			.param("account", accountId)
			.param("org", grant.organisationId())
			.param("role", grant.role().name())
			.param("department", grant.departmentId())
			.update();
	}

	@Override
	public void revoke(long accountId, long organisationId, Role role) {
		jdbc.sql("DELETE FROM account_grant WHERE account_id = :account AND organization_id = :org AND role = :role")
			.param("account", accountId)
			.param("org", organisationId)
			.param("role", role.name())
			.update();
	}

	@Override
	public void changePassword(long accountId, String passwordDigest) {
		jdbc.sql("UPDATE account SET password_hash = :digest WHERE id = :id")
			.param("digest", passwordDigest)
			.param("id", accountId)
			.update();
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
					grants.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

}
