package jp.suishin.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.suishin.account.LoginThrottle.CheckPassword;
import jp.suishin.account.LoginThrottle.Verdict;
import jp.suishin.account.LoginThrottle.Wait;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in throttle on a real database, with a clock the tests move: attempts fired in
 * parallel are counted one after the other (row locks), so a burst of guesses gets no
 * more password checks than a slow one; failures are counted per login and per client
 * address; a login others have been failing with still checks the password of an address
 * that has not; and every wait ends when its time is up. Subclasses name the database and
 * import {@link MovableClock.Config}.
 */
abstract class LoginThrottleContract {

	@Autowired
	LoginThrottle throttle;

	@Autowired
	MovableClock clock;

	@Autowired
	ThrottleRules rules;

	@Autowired
	JdbcClient jdbc;

	static boolean checks(Verdict verdict) {
		return verdict instanceof CheckPassword;
	}

	long checkedInParallel(List<Callable<Verdict>> burst) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			long checked = 0;
			for (Future<Verdict> attempt : pool.invokeAll(burst)) {
				checked += checks(attempt.get()) ? 1 : 0;
			}
			return checked;
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void parallelAttemptsGetOnlyTheAllowedNumberOfPasswordChecks() throws Exception {
		List<Callable<Verdict>> burst = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			burst.add(() -> throttle.attempt("burst-target", "192.0.2.1"));
		}
		assertThat(checkedInParallel(burst)).isEqualTo(rules.perLogin().slowFrom());
		assertThat(throttle.attempt("burst-target", "192.0.2.1")).as("slowed down").isInstanceOf(Wait.class);
		assertThat(throttle.attempt("Burst-Target ", "192.0.2.1")).as("one name whatever the case")
			.isInstanceOf(Wait.class);
		assertThat(checks(throttle.attempt("someone-else", "192.0.2.1"))).isTrue();
	}

	@Test
	void manyAddressesAtOnceOnOneLogin_takeTurnsWithoutDeadlock() throws Exception {
		List<Callable<Verdict>> burst = new ArrayList<>();
		for (int i = 0; i < 32; i++) {
			String address = "198.51.100." + (i % 8);
			String login = i % 2 == 0 ? "crowded" : "crowded-" + (i % 4);
			burst.add(() -> throttle.attempt(login, address));
		}
		assertThat(checkedInParallel(burst)).isPositive();
	}

	@Test
	void theLoginSlowsDownBeforeItLocks_andEachWaitEnds() {
		String from = "192.0.2.2";
		for (int i = 0; i < 3; i++) {
			assertThat(checks(throttle.attempt("patient", from))).isTrue();
		}
		assertThat(throttle.attempt("patient", from)).isEqualTo(new Wait(Duration.ofSeconds(5)));
		clock.advance(Duration.ofSeconds(5));
		assertThat(checks(throttle.attempt("patient", from))).isTrue();
		assertThat(throttle.attempt("patient", from)).isEqualTo(new Wait(Duration.ofSeconds(10)));
		clock.advance(Duration.ofSeconds(10));
		assertThat(checks(throttle.attempt("patient", from))).as("the 5th").isTrue();
		assertThat(throttle.attempt("patient", from)).isEqualTo(new Wait(Duration.ofMinutes(15)));
		clock.advance(Duration.ofMinutes(15));
		assertThat(checks(throttle.attempt("patient", from))).isTrue();
	}

	@Test
	void othersFailuresDoNotLockOutAnAddressThatHasNotFailedWithTheLogin() {
		for (int i = 0; i < 5; i++) {
			clock.advance(Duration.ofSeconds(30));
			throttle.attempt("victim", "203.0.113.66");
		}
		assertThat(throttle.attempt("victim", "203.0.113.66")).as("the guesser waits").isInstanceOf(Wait.class);
		assertThat(throttle.attempt("victim", "203.0.113.77")).as("a second guesser, once")
			.isInstanceOf(CheckPassword.class);
		assertThat(throttle.attempt("victim", "203.0.113.77")).isInstanceOf(Wait.class);

		assertThat(throttle.attempt("victim", "192.0.2.10")).as("the owner at their desk")
			.isInstanceOf(CheckPassword.class);
		throttle.succeeded("victim", "192.0.2.10");
		assertThat(throttle.attempt("victim", "192.0.2.10")).as("and again later").isInstanceOf(CheckPassword.class);
		throttle.succeeded("victim", "192.0.2.10");
		assertThat(throttle.attempt("victim", "203.0.113.66")).as("the guesser still waits").isInstanceOf(Wait.class);
	}

	@Test
	void oneAddressTryingManyLoginsIsSlowedDownByItsAddress() {
		String from = "203.0.113.99";
		int checked = 0;
		for (int i = 0; i < 40; i++) {
			if (checks(throttle.attempt("sprayed-" + i, from))) {
				checked++;
			}
		}
		assertThat(checked).isEqualTo(rules.perAddress().slowFrom());
		assertThat(throttle.attempt("never-tried", from)).isEqualTo(new Wait(Duration.ofSeconds(5)));
		assertThat(checks(throttle.attempt("never-tried", "203.0.113.100"))).as("another address").isTrue();
	}

	@Test
	void anIpv6ClientChangingItsAddressInsideItsNetworkIsStillOneClient() {
		for (int i = 0; i < rules.perAddress().slowFrom(); i++) {
			assertThat(checks(throttle.attempt("v6-sprayed-" + i, "2001:db8:77:1::" + Integer.toHexString(i + 1))))
				.isTrue();
		}
		assertThat(throttle.attempt("v6-next", "2001:db8:77:1:abcd::1")).isInstanceOf(Wait.class);
		assertThat(checks(throttle.attempt("v6-next", "2001:db8:77:2::1"))).as("the next network").isTrue();
	}

	@Test
	void aSuccessTakesItsAttemptBack_soAnOfficeBehindOneAddressIsNotSlowedDown() {
		String office = "192.0.2.200";
		for (int i = 0; i < 3 * rules.perAddress().lockAt(); i++) {
			String login = "clerk-" + (i % 7);
			assertThat(checks(throttle.attempt(login, office))).as("sign-in %d", i).isTrue();
			throttle.succeeded(login, office);
		}
	}

	@Test
	void aSuccessClearsTheLoginsCountFromThatAddress() {
		String from = "192.0.2.3";
		for (int i = 0; i < 2; i++) {
			assertThat(checks(throttle.attempt("forgetful", from))).isTrue();
		}
		assertThat(checks(throttle.attempt("forgetful", from))).isTrue();
		throttle.succeeded("forgetful", from);
		clock.advance(Duration.ofSeconds(5));
		assertThat(checks(throttle.attempt("forgetful", from))).isTrue();
	}

	@Test
	void countsEndWithTheirWindow() {
		String from = "192.0.2.4";
		for (int i = 0; i < 2; i++) {
			assertThat(checks(throttle.attempt("occasional", from))).isTrue();
		}
		clock.advance(rules.window().plusSeconds(1));
		for (int i = 0; i < 2; i++) {
			assertThat(checks(throttle.attempt("occasional", from))).isTrue();
		}
		assertThat(checks(throttle.attempt("occasional", from))).as("the third in the new window").isTrue();
	}

	@Test
	void countsNobodyNeedsAnyMoreAreForgotten() {
		throttle.attempt("passing-by", "192.0.2.5");
		assertThat(rows()).isGreaterThanOrEqualTo(3);
		clock.advance(rules.window().plus(rules.lock()).plus(Duration.ofMinutes(2)));
		throttle.attempt("much-later", "192.0.2.6");
		assertThat(rows()).as("only the new attempt's address, login and pair").isEqualTo(3);
	}

	@Test
	void aWaitingAddressAddsNoRows_whateverLoginsItTries() {
		String from = "192.0.2.50";
		for (int i = 0; i < rules.perAddress().slowFrom(); i++) {
			assertThat(checks(throttle.attempt("spray-" + i, from))).isTrue();
		}
		assertThat(throttle.attempt("spray-next", from)).isInstanceOf(Wait.class);
		long before = rows();
		for (int i = 0; i < 50; i++) {
			assertThat(throttle.attempt("random-" + UUID.randomUUID(), from)).isInstanceOf(Wait.class);
		}
		assertThat(rows()).as("a waiting attempt writes nothing").isEqualTo(before);
	}

	@Test
	void aCorrectPasswordLeavesNoWaitOfItsOwn_atTheAddress() {
		String office = "192.0.2.60";
		for (int i = 0; i < rules.perAddress().slowFrom() - 1; i++) {
			assertThat(checks(throttle.attempt("office-typo-" + i, office))).isTrue();
		}
		assertThat(checks(throttle.attempt("alice", office))).as("the 10th, correct").isTrue();
		throttle.succeeded("alice", office);
		assertThat(throttle.attempt("bob", office)).as("the count is back at 9").isInstanceOf(CheckPassword.class);
	}

	@Test
	void aCorrectPasswordLeavesNoWaitOfItsOwn_atTheLogin() {
		String guesser = "192.0.2.61";
		String desk = "192.0.2.62";
		for (int i = 0; i < rules.perLogin().slowFrom() - 1; i++) {
			assertThat(checks(throttle.attempt("carol", guesser))).isTrue();
		}
		assertThat(checks(throttle.attempt("carol", desk))).as("the owner, correct").isTrue();
		throttle.succeeded("carol", desk);
		assertThat(throttle.attempt("carol", guesser)).as("the login's count is back at 2")
			.isInstanceOf(CheckPassword.class);
	}

	@Test
	void theSweepForgetsEveryStaleCountAtOnce() {
		Timestamp longAgo = Timestamp.from(clock.instant().minus(rules.window()).minus(Duration.ofHours(1)));
		for (int i = 0; i < 1500; i++) {
			jdbc.sql("INSERT INTO login_throttle (login, failures, first_failure_at) VALUES (:key, 1, :since)")
				.param("key", "x:stale-" + i)
				.param("since", longAgo)
				.update();
		}
		clock.advance(Duration.ofMinutes(2));
		throttle.attempt("sweeper", "192.0.2.70");
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE login LIKE 'x:stale-%'").query(Long.class).single())
			.isZero();
	}

	long rows() {
		return jdbc.sql("SELECT COUNT(*) FROM login_throttle").query(Long.class).single();
	}

}
