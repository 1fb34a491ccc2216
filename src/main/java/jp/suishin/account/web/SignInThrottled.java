package jp.suishin.account.web;

import jp.suishin.account.LoginThrottle;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in attempt the throttle told to wait: answered {@code 429 Too Many Requests}
 * with {@code Retry-After}, its password not checked.
 */
public final class SignInThrottled extends AuthenticationException {

	private final transient LoginThrottle.Wait wait;

	SignInThrottled(LoginThrottle.Wait wait) {
		super("too many sign-in failures; retry after " + wait.retryAfter());
		this.wait = wait;
	}

	/** The wait in whole seconds, rounded up. */
	public long retryAfterSeconds() {
		return wait.seconds();
	}

}
