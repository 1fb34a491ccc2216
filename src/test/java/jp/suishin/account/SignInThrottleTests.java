package jp.suishin.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import jp.suishin.TestAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in form over real HTTP, behind a proxy that names each client's address: a
 * guesser is slowed down (429 with {@code Retry-After}) and then refused, without locking
 * the login's owner out; one client trying many logins is slowed down by its address; and
 * the answers do not tell whether a login exists, neither by what they say nor by how
 * many password checks (bcrypt runs, the slow part) they take.
 */
@BehindTlsProxy
class SignInThrottleTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	MovableClock clock;

	HttpVisitor from(String address) {
		return new HttpVisitor(port).overHttps().from(address);
	}

	static String location(HttpResponse<String> answer) {
		return answer.headers().firstValue("location").orElse("");
	}

	/**
	 * Fails to sign in with wrong passwords, waiting as told, until the login is locked
	 * for this client; returns the answer that says so.
	 */
	HttpResponse<String> guessUntilLocked(HttpVisitor guesser, String login) throws Exception {
		for (int i = 0; i < 20; i++) {
			HttpResponse<String> answer = guesser.signIn(login, "wrong guess " + i);
			if (answer.statusCode() == 429) {
				long wait = Long.parseLong(answer.headers().firstValue("retry-after").orElseThrow());
				if (wait >= Duration.ofMinutes(15).toSeconds()) {
					return answer;
				}
				clock.advance(Duration.ofSeconds(wait));
			}
			else {
				assertThat(location(answer)).endsWith("/login?error");
			}
		}
		throw new AssertionError("never locked");
	}

	@Test
	void aGuesserIsSlowedDown_thenRefused_butTheOwnerStillSignsIn() throws Exception {
		testAccounts.account("guessed-planner", "iwamizawa", Role.PLANNER);
		HttpVisitor guesser = from("203.0.113.66");
		for (int i = 0; i < 3; i++) {
			assertThat(location(guesser.signIn("guessed-planner", "wrong " + i))).endsWith("/login?error");
		}
		HttpResponse<String> slowed = guesser.signIn("guessed-planner", "wrong again");
		assertThat(slowed.statusCode()).isEqualTo(429);
		assertThat(slowed.headers().firstValue("retry-after")).hasValue("5");
		assertThat(slowed.body()).contains("5秒後にもう一度お試しください");

		HttpResponse<String> locked = guessUntilLocked(guesser, "guessed-planner");
		assertThat(locked.headers().firstValue("retry-after")).hasValue("900");
		assertThat(locked.body()).contains("15分後");
		assertThat(guesser.signIn("guessed-planner", TestAccounts.PASSWORD).statusCode())
			.as("the guesser is refused even with the right password")
			.isEqualTo(429);

		HttpVisitor owner = from("198.51.100.7");
		HttpResponse<String> signedIn = owner.signIn("guessed-planner", TestAccounts.PASSWORD);
		assertThat(location(signedIn)).as("the owner, from an address that has not been failing").endsWith("/me");
		assertThat(owner.get("/me").statusCode()).isEqualTo(200);
	}

	@Test
	void aLockEndsWhenItsTimeIsUp() throws Exception {
		testAccounts.account("returning-planner", "iwamizawa", Role.PLANNER);
		HttpVisitor self = from("203.0.113.70");
		guessUntilLocked(self, "returning-planner");
		clock.advance(Duration.ofMinutes(15));
		assertThat(location(self.signIn("returning-planner", TestAccounts.PASSWORD))).endsWith("/me");
	}

	@Test
	void oneClientTryingManyLoginsIsSlowedDownByItsAddress() throws Exception {
		HttpVisitor sprayer = from("203.0.113.50");
		for (int i = 0; i < 10; i++) {
			assertThat(location(sprayer.signIn("sprayed-" + i, "password123456"))).endsWith("/login?error");
		}
		HttpResponse<String> slowed = sprayer.signIn("sprayed-next", "password123456");
		assertThat(slowed.statusCode()).isEqualTo(429);
		assertThat(slowed.headers().firstValue("retry-after")).hasValue("5");
		assertThat(location(from("203.0.113.51").signIn("sprayed-next", "password123456")))
			.as("another client is not slowed down")
			.endsWith("/login?error");
	}

	@Test
	void aLockedLoginAnswersLikeALockedUnknownOne_withoutCheckingThePassword() throws Exception {
		testAccounts.account("existing-planner", "iwamizawa", Role.PLANNER);
		HttpVisitor known = from("203.0.113.80");
		HttpVisitor unknown = from("203.0.113.81");
		for (int i = 0; i < 20; i++) {
			HttpResponse<String> a = known.signIn("existing-planner", "guess " + i);
			HttpResponse<String> b = unknown.signIn("no-such-planner", "guess " + i);
			assertThat(a.statusCode()).as("answer %d", i).isEqualTo(b.statusCode());
			assertThat(location(a)).as("answer %d", i).isEqualTo(location(b));
			assertThat(a.headers().firstValue("retry-after")).isEqualTo(b.headers().firstValue("retry-after"));
			if (a.statusCode() == 429) {
				long wait = Long.parseLong(a.headers().firstValue("retry-after").orElseThrow());
				if (wait >= Duration.ofMinutes(15).toSeconds()) {
					break;
				}
				clock.advance(Duration.ofSeconds(wait));
			}
		}

		int before = CountedPasswordChecks.CHECKS.get();
		HttpResponse<String> lockedKnown = known.signIn("existing-planner", "one more guess");
		int knownChecks = CountedPasswordChecks.CHECKS.get() - before;
		before = CountedPasswordChecks.CHECKS.get();
		HttpResponse<String> lockedUnknown = unknown.signIn("no-such-planner", "one more guess");
		int unknownChecks = CountedPasswordChecks.CHECKS.get() - before;

		assertThat(lockedKnown.statusCode()).isEqualTo(lockedUnknown.statusCode()).isEqualTo(429);
		assertThat(lockedKnown.headers().firstValue("retry-after"))
			.isEqualTo(lockedUnknown.headers().firstValue("retry-after"));
		assertThat(knownChecks).isEqualTo(unknownChecks).isZero();
	}

	@Test
	void anUnknownLoginTakesOnePasswordCheck_likeAWrongPassword() throws Exception {
		testAccounts.account("checked-planner", "iwamizawa", Role.PLANNER);
		int before = CountedPasswordChecks.CHECKS.get();
		HttpResponse<String> wrong = from("203.0.113.90").signIn("checked-planner", "not the password");
		int wrongChecks = CountedPasswordChecks.CHECKS.get() - before;
		before = CountedPasswordChecks.CHECKS.get();
		HttpResponse<String> nobody = from("203.0.113.91").signIn("never-opened", "not the password");
		int nobodyChecks = CountedPasswordChecks.CHECKS.get() - before;

		assertThat(location(wrong)).isEqualTo(location(nobody)).endsWith("/login?error");
		assertThat(wrongChecks).isEqualTo(nobodyChecks).isEqualTo(1);
	}

}
