package jp.suishin.account.web;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * Principals as the sign-in form makes them, for tests that sign requests in directly.
 */
public final class TestPrincipals {

	private TestPrincipals() {
	}

	public static UserDetails of(long accountId, String login, boolean administrator) {
		return new AccountPrincipal(accountId, login, administrator, "{noop}unused", false);
	}

}
