package jp.suishin.account;

import java.time.Duration;

/**
 * Slows down password guessing without handing anybody a way to lock others out. Failures
 * are counted per login name, per client address, and per login from one address; every
 * attempt is counted before its password is checked (so parallel guesses cannot slip past
 * the count) and a correct password takes its own count back. What an attempt may do is
 * decided by {@link ThrottleRules}; the counts are kept in the database, so every
 * application node sees the same ones.
 */
public interface LoginThrottle {

	/**
	 * Counts an attempt to sign in with a login name from a client address, or tells it
	 * to wait; a waiting attempt is not counted and its password must not be checked. The
	 * verdict never depends on whether the login exists.
	 */
	Verdict attempt(String login, String address);

	/** A correct password: the attempt is taken back from the counts. */
	void succeeded(String login, String address);

	/** What an attempt may do. */
	sealed interface Verdict permits CheckPassword, Wait {

	}

	/** The password may be checked. */
	record CheckPassword() implements Verdict {

	}

	/**
	 * Too many failures: try again after {@code retryAfter}; the password is not checked.
	 */
	record Wait(Duration retryAfter) implements Verdict {

		public Wait {
			if (retryAfter.isNegative() || retryAfter.isZero()) {
				throw new IllegalArgumentException("a wait is longer than zero: " + retryAfter);
			}
		}

		/** The wait in whole seconds, rounded up (for {@code Retry-After}). */
		public long seconds() {
			return (retryAfter.toMillis() + 999) / 1000;
		}

	}

}
