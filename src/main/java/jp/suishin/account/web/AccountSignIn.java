package jp.suishin.account.web;

import jp.suishin.account.Account;
import jp.suishin.account.AccountRepository;
import jp.suishin.account.LoginThrottle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs accounts in with their password, counts attempts per login name before the
 * password is checked (see {@link LoginThrottle}) and logs every sign-in and failure
 * (never the password).
 */
@Component
class AccountSignIn implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger("jp.suishin.security");

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	AccountSignIn(AccountRepository accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String login) {
		String name = login == null ? "" : login.strip();
		boolean allowed = throttle.attempt(name);
		Account account = accounts.findByLogin(name)
			.filter(Account::enabled)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		String digest = accounts.passwordDigest(name).orElseThrow(() -> new UsernameNotFoundException("disabled"));
		return new AccountPrincipal(account.id(), account.login(), account.administrator(), digest, !allowed);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String login = String.valueOf(event.getAuthentication().getName());
		log.warn("sign-in failed login={} reason={}", sanitize(login), event.getException().getClass().getSimpleName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			throttle.succeeded(principal.getUsername());
			log.info("sign-in login={}", principal.getUsername());
		}
	}

	/** Keeps typed names from forging log lines. */
	static String sanitize(String text) {
		String cleaned = text.replaceAll("[\\p{Cntrl}]", "_");
		return cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
	}

}
