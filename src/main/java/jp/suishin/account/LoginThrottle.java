package jp.suishin.account;

import java.time.Duration;

/**
 * Slows down password guessing: after {@link #FAILURES} failed sign-ins with one login
 * name within {@link #WINDOW}, that name cannot sign in for {@link #LOCK}. Kept in the
 * database, so every application node sees the same count.
 */
public interface LoginThrottle {

	int FAILURES = 5;

	Duration WINDOW = Duration.ofMinutes(15);

	Duration LOCK = Duration.ofMinutes(15);

	boolean locked(String login);

	void failed(String login);

	void succeeded(String login);

}
