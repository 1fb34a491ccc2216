package jp.suishin.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jp.suishin.account.LoginThrottle.CheckPassword;
import jp.suishin.account.LoginThrottle.Wait;
import jp.suishin.account.ThrottleRules.Decision;
import jp.suishin.account.ThrottleRules.Tally;

import org.junit.jupiter.api.Test;

/** The throttle's rules as plain data: slow down before refusing, and never lock out. */
class ThrottleRulesTests {

	final ThrottleRules rules = ThrottleRules.STANDARD;

	final Instant now = Instant.parse("2026-04-01T09:00:00Z");

	@Test
	void aLoginSlowsDownBeforeItIsRefusedForTheLock() {
		ThrottleRules.Limit login = rules.perLogin();
		assertThat(rules.waitAfter(login, 1)).isZero();
		assertThat(rules.waitAfter(login, 2)).isZero();
		assertThat(rules.waitAfter(login, 3)).isEqualTo(Duration.ofSeconds(5));
		assertThat(rules.waitAfter(login, 4)).isEqualTo(Duration.ofSeconds(10));
		assertThat(rules.waitAfter(login, 5)).isEqualTo(Duration.ofMinutes(15));
		assertThat(rules.waitAfter(login, 500)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void anAddressHasMoreRoom_thenDoublesItsWaitUpToTheLock() {
		ThrottleRules.Limit address = rules.perAddress();
		assertThat(rules.waitAfter(address, 9)).isZero();
		assertThat(rules.waitAfter(address, 10)).isEqualTo(Duration.ofSeconds(5));
		assertThat(rules.waitAfter(address, 11)).isEqualTo(Duration.ofSeconds(10));
		assertThat(rules.waitAfter(address, 17)).isEqualTo(Duration.ofSeconds(640));
		assertThat(rules.waitAfter(address, 18)).isEqualTo(Duration.ofMinutes(15));
		assertThat(rules.waitAfter(address, 20)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void aLockedLoginStillChecksThePasswordFromAnAddressThatHasNotFailedWithIt() {
		Tally locked = new Tally(9, now.minusSeconds(60), now.plus(Duration.ofMinutes(10)));
		Decision fresh = rules.decide(Tally.none(now), locked, Tally.none(now), now);
		assertThat(fresh.verdict()).isInstanceOf(CheckPassword.class);

		Tally failedHere = new Tally(1, now.minusSeconds(30), null);
		Decision attacker = rules.decide(new Tally(1, now.minusSeconds(30), null), locked, failedHere, now);
		assertThat(attacker.verdict()).isEqualTo(new Wait(Duration.ofMinutes(10)));
	}

	@Test
	void aSlowedAddressWaitsWhateverTheLogin() {
		Tally slowed = new Tally(12, now.minusSeconds(60), now.plusSeconds(20));
		Decision decision = rules.decide(slowed, Tally.none(now), Tally.none(now), now);
		assertThat(decision.verdict()).isEqualTo(new Wait(Duration.ofSeconds(20)));
	}

	@Test
	void aCheckedAttemptIsCountedEverywhere_andTheWaitFollowsTheCount() {
		Decision third = rules.decide(new Tally(2, now.minusSeconds(9), null), new Tally(2, now.minusSeconds(9), null),
				new Tally(2, now.minusSeconds(9), null), now);
		assertThat(third.verdict()).isInstanceOf(CheckPassword.class);
		assertThat(third.login()).isEqualTo(new Tally(3, now.minusSeconds(9), now.plusSeconds(5)));
		assertThat(third.address()).isEqualTo(new Tally(3, now.minusSeconds(9), null));
		assertThat(third.pair().failures()).isEqualTo(3);
	}

	@Test
	void aSuccessTakesItsFailureBack_andTheWaitThatFailureSet() {
		Tally tenth = new Tally(10, now.minusSeconds(60), now.plusSeconds(5));
		assertThat(rules.takenBack(tenth, rules.perAddress(), now)).as("back at 9: no wait")
			.isEqualTo(new Tally(9, now.minusSeconds(60), null));

		Tally twelfth = new Tally(12, now.minusSeconds(60), now.plusSeconds(20));
		assertThat(rules.takenBack(twelfth, rules.perAddress(), now)).as("back at 11: what 11 failures set")
			.isEqualTo(new Tally(11, now.minusSeconds(60), now.plusSeconds(10)));

		Tally lockedByOthers = new Tally(8, now.minusSeconds(60), now.plus(Duration.ofMinutes(12)));
		assertThat(rules.takenBack(lockedByOthers, rules.perLogin(), now)).as("others' lock is kept, not lengthened")
			.isEqualTo(new Tally(7, now.minusSeconds(60), now.plus(Duration.ofMinutes(12))));

		assertThat(rules.takenBack(Tally.none(now), rules.perLogin(), now)).isEqualTo(Tally.none(now));
	}

	@Test
	void anAddressWaitIsKnownFromTheAddressAlone() {
		assertThat(rules.addressWait(new Tally(10, now.minusSeconds(9), now.plusSeconds(5)), now))
			.contains(new Wait(Duration.ofSeconds(5)));
		assertThat(rules.addressWait(new Tally(10, now.minusSeconds(9), now.minusSeconds(1)), now)).isEmpty();
		assertThat(rules.addressWait(Tally.none(now), now)).isEmpty();
	}

	@Test
	void aCountIsForgottenAfterItsWindow_unlessItStillMakesSomebodyWait() {
		Tally old = new Tally(4, now.minus(Duration.ofMinutes(16)), now.minus(Duration.ofMinutes(14)));
		assertThat(rules.current(old, now)).isEqualTo(Tally.none(now));
		Tally stillLocked = new Tally(5, now.minus(Duration.ofMinutes(16)), now.plusSeconds(30));
		assertThat(rules.current(stillLocked, now)).isEqualTo(stillLocked);
		Tally recent = new Tally(4, now.minus(Duration.ofMinutes(14)), null);
		assertThat(rules.current(recent, now)).isEqualTo(recent);
	}

	@Test
	void aWaitIsAnsweredInWholeSecondsRoundedUp() {
		assertThat(new Wait(Duration.ofMillis(4001)).seconds()).isEqualTo(5);
		assertThat(new Wait(Duration.ofSeconds(900)).seconds()).isEqualTo(900);
	}

	@Test
	void anIpv6ClientIsCountedByItsNetwork_anIpv4ClientByItsAddress() {
		assertThat(ThrottleRules.counted("2001:db8:1:2::1")).isEqualTo(ThrottleRules.counted("2001:db8:1:2:ffff::9"))
			.isEqualTo(ThrottleRules.counted("2001:0DB8:0001:0002:0:0:0:77"))
			.isEqualTo("2001:db8:1:2::/64");
		assertThat(ThrottleRules.counted("2001:db8:1:3::1")).isNotEqualTo(ThrottleRules.counted("2001:db8:1:2::1"));
		assertThat(ThrottleRules.counted("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ThrottleRules.counted("::ffff:203.0.113.7")).as("IPv4-mapped").isEqualTo("203.0.113.7");
		assertThat(ThrottleRules.counted("not-an-address")).isEqualTo("not-an-address");
		assertThat(ThrottleRules.counted(null)).isEmpty();
	}

}
