package jp.suishin.account.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

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

	private record Count(int attempts, Instant since, Instant lockedUntil) {
	}

	@Override
	@Transactional
	public boolean attempt(String login) {
		Instant now = clock.instant();
		String key = key(login);
		// Names nobody signed in with for a while (typos, guessed names) are forgotten.
		jdbc.sql("""
				DELETE FROM login_throttle WHERE first_failure_at < :windowStart
				AND (locked_until IS NULL OR locked_until < :now) AND login <> :login""")
			.param("windowStart", Timestamp.from(now.minus(WINDOW)))
			.param("now", Timestamp.from(now))
			.param("login", key)
			.update();
		jdbc.sql("""
				INSERT INTO login_throttle (login, failures, first_failure_at) VALUES (:login, 0, :now)
				ON CONFLICT DO NOTHING""").param("login", key).param("now", Timestamp.from(now)).update();
		// The row lock makes parallel attempts with one name count one after the other.
		Count count = jdbc
			.sql("SELECT failures, first_failure_at, locked_until FROM login_throttle "
					+ "WHERE login = :login FOR UPDATE")
			.param("login", key)
			.query((rs, n) -> new Count(rs.getInt("failures"), rs.getTimestamp("first_failure_at").toInstant(),
					rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant()))
			.single();
		if (count.lockedUntil() != null && count.lockedUntil().isAfter(now)) {
			return false;
		}
		boolean windowOver = count.since().isBefore(now.minus(WINDOW));
		int attempts = windowOver ? 1 : count.attempts() + 1;
		if (attempts > FAILURES) {
			jdbc.sql("UPDATE login_throttle SET failures = 0, first_failure_at = :now, locked_until = :until "
					+ "WHERE login = :login")
				.param("now", Timestamp.from(now))
				.param("until", Timestamp.from(now.plus(LOCK)))
				.param("login", key)
				.update();
			return false;
		}
		jdbc.sql("UPDATE login_throttle SET failures = :attempts, first_failure_at = :since, locked_until = NULL "
				+ "WHERE login = :login")
			.param("attempts", attempts)
			.param("since", Timestamp.from(windowOver ? now : count.since()))
			.param("login", key)
			.update();
		return true;
	}

	@Override
	public void succeeded(String login) {
		jdbc.sql("DELETE FROM login_throttle WHERE login = :login").param("login", key(login)).update();
	}

	private static String key(String login) {
		String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
		return key.length() > LOGIN_MAX ? key.substring(0, LOGIN_MAX) : key;
	}

}
