package jp.suishin.account;

import java.time.Duration;

/**
 * Slows down password guessing: each sign-in with a login name is counted before its
 * password is checked, so parallel guesses cannot slip past the count; after
 * {@link #FAILURES} attempts within {@link #WINDOW} without a success, that name cannot
 * sign in for {@link #LOCK}. Kept in the database, so every application node sees the
 * same count.
 */
public interface LoginThrottle {

	int FAILURES = 5;

	Duration WINDOW = Duration.ofMinutes(15);

	Duration LOCK = Duration.ofMinutes(15);

	/**
	 * Counts an attempt to sign in with a login name.
	 * @return false when the name is locked: the password must not even be checked
	 */
	boolean attempt(String login);

	/** A successful sign-in clears the count. */
	void succeeded(String login);

}
