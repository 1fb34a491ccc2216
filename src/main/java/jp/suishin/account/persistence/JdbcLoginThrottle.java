package jp.suishin.account.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import jp.suishin.account.LoginThrottle;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcLoginThrottle implements LoginThrottle {

	private static final int LOGIN_MAX = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcLoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean locked(String login) {
		return jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE login = :login AND locked_until > :now")
			.param("login", key(login))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	@Override
	@Transactional
	public void failed(String login) {
		Instant now = clock.instant();
		String key = key(login);
		int updated = jdbc
			.sql("""
					UPDATE login_throttle SET failures = CASE WHEN first_failure_at < :windowStart THEN 1 ELSE failures + 1 END,
					       first_failure_at = CASE WHEN first_failure_at < :windowStart THEN :now ELSE first_failure_at END
					WHERE login = :login""")
			.param("windowStart", Timestamp.from(now.minus(WINDOW)))
			.param("now", Timestamp.from(now))
			.param("login", key)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO login_throttle (login, failures, first_failure_at) VALUES (:login, 1, :now)")
				.param("login", key)
				.param("now", Timestamp.from(now))
				.update();
		}
		jdbc.sql(
				"UPDATE login_throttle SET locked_until = :until, failures = 0 WHERE login = :login AND failures >= :max")
			.param("until", Timestamp.from(now.plus(LOCK)))
			.param("login", key)
			.param("max", FAILURES)
			.update();
	}

	@Override
	public void succeeded(String login) {
		jdbc.sql("DELETE FROM login_throttle WHERE login = :login").param("login", key(login)).update();
	}

	private static String key(String login) {
		String key = login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
		return key.length() > LOGIN_MAX ? key.substring(0, LOGIN_MAX) : key;
	}

}
