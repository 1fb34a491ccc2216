package jp.suishin.account.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jp.suishin.account.LoginThrottle;
import jp.suishin.account.ThrottleRules;
import jp.suishin.account.ThrottleRules.Decision;
import jp.suishin.account.ThrottleRules.Tally;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The throttle's counts in table {@code login_throttle}, one row per count. A row's key
 * is a kind ({@code a} address, {@code l} login, {@code p} login from an address) and the
 * SHA-256 of what it counts, so the table keeps neither addresses nor what people typed
 * as their login (sometimes their password). An attempt locks its rows, always in the
 * order address, login, pair, so parallel attempts take turns and never deadlock; an
 * attempt its address's count makes wait stops at the address row and writes nothing, so
 * a waiting client cannot fill the table with rows for the logins it makes up.
 */
@Repository
class JdbcLoginThrottle implements LoginThrottle {

	/** How often counts nobody needs any more are forgotten. */
	private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ThrottleRules rules;

	private final TransactionTemplate transaction;

	private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

	JdbcLoginThrottle(JdbcClient jdbc, Clock clock, ThrottleRules rules, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.rules = rules;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public Verdict attempt(String login, String address) {
		// Whole milliseconds: what both databases keep exactly.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		forgetStale(now);
		String addressKey = key("a", address(address));
		String loginKey = key("l", login(login));
		String pairKey = key("p", address(address) + "\n" + login(login));
		return transaction.execute(status -> {
			Tally addressCount = lock(addressKey, now);
			Optional<Wait> addressWaits = rules.addressWait(addressCount, now);
			if (addressWaits.isPresent()) {
				return addressWaits.get();
			}
			Tally loginCount = lock(loginKey, now);
			Tally pairCount = lock(pairKey, now);
			Decision decision = rules.decide(addressCount, loginCount, pairCount, now);
			if (decision.verdict() instanceof CheckPassword) {
				store(addressKey, decision.address());
				store(loginKey, decision.login());
				store(pairKey, decision.pair());
			}
			return decision.verdict();
		});
	}

	@Override
	public void succeeded(String login, String address) {
		String addressKey = key("a", address(address));
		String loginKey = key("l", login(login));
		String pairKey = key("p", address(address) + "\n" + login(login));
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		transaction.executeWithoutResult(status -> {
			// The same order as an attempt's: address, login, pair.
			existing(addressKey)
				.ifPresent((count) -> store(addressKey, rules.takenBack(count, rules.perAddress(), now)));
			existing(loginKey).ifPresent((count) -> store(loginKey, rules.takenBack(count, rules.perLogin(), now)));
			jdbc.sql("DELETE FROM login_throttle WHERE login = :key").param("key", pairKey).update();
		});
	}

	/** The row of a count, locked for this transaction (created when missing). */
	private Tally lock(String key, Instant now) {
		for (;;) {
			Optional<Tally> tally = existing(key);
			if (tally.isPresent()) {
				return tally.get();
			}
			// Missing, or forgotten between the insert and the lock: create it, then
			// lock.
			jdbc.sql("""
					INSERT INTO login_throttle (login, failures, first_failure_at) VALUES (:key, 0, :now)
					ON CONFLICT DO NOTHING""").param("key", key).param("now", Timestamp.from(now)).update();
		}
	}

	/** The row of a count, locked for this transaction, if there is one. */
	private Optional<Tally> existing(String key) {
		return jdbc
			.sql("SELECT failures, first_failure_at, locked_until FROM login_throttle WHERE login = :key FOR UPDATE")
			.param("key", key)
			.query((rs, n) -> new Tally(rs.getInt("failures"), rs.getTimestamp("first_failure_at").toInstant(),
					rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant()))
			.optional();
	}

	private void store(String key, Tally tally) {
		jdbc.sql("UPDATE login_throttle SET failures = :failures, first_failure_at = :since, locked_until = :until "
				+ "WHERE login = :key")
			.param("failures", tally.failures())
			.param("since", Timestamp.from(tally.since()))
			.param("until", tally.waitUntil() == null ? null : Timestamp.from(tally.waitUntil()))
			.param("key", key)
			.update();
	}

	/**
	 * Forgets counts whose window is over and that make nobody wait, at most once a
	 * minute, in one statement outside any attempt's transaction. Rows an attempt holds
	 * are skipped (they are swept next time), so the sweep never waits for a row while
	 * holding others and cannot deadlock with an attempt.
	 */
	private void forgetStale(Instant now) {
		Instant last = lastSweep.get();
		if (now.isBefore(last.plus(SWEEP_EVERY)) || !lastSweep.compareAndSet(last, now)) {
			return;
		}
		jdbc.sql("""
				DELETE FROM login_throttle WHERE login IN (
				    SELECT login FROM login_throttle
				    WHERE first_failure_at < :windowStart AND (locked_until IS NULL OR locked_until < :now)
				    FOR UPDATE SKIP LOCKED)
				AND first_failure_at < :windowStart AND (locked_until IS NULL OR locked_until < :now)""")
			.param("windowStart", Timestamp.from(now.minus(rules.window())))
			.param("now", Timestamp.from(now))
			.update();
	}

	private static String login(String login) {
		return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
	}

	private static String address(String address) {
		return ThrottleRules.counted(address);
	}

	private static String key(String kind, String counted) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(counted.getBytes(StandardCharsets.UTF_8));
			return kind + ":" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
