package jp.suishin.account.web;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in attempt the throttle told to wait: answered {@code 429 Too Many Requests}
 * with {@code Retry-After}, its password not checked.
 */
public final class SignInThrottled extends AuthenticationException {

	private final transient Duration retryAfter;

	SignInThrottled(Duration retryAfter) {
		super("too many sign-in failures; retry after " + retryAfter);
		this.retryAfter = retryAfter;
	}

	/** The wait in whole seconds, rounded up. */
	public long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

}
