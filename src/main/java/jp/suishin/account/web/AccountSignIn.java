package jp.suishin.account.web;

import java.util.Optional;
import java.util.UUID;

import jp.suishin.account.Account;
import jp.suishin.account.AccountRepository;
import jp.suishin.account.LoginThrottle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs accounts in with their password. Every attempt first asks the
 * {@link LoginThrottle} (per login and per client address, see
 * {@link jp.suishin.account.ThrottleRules}); an attempt told to wait is refused with
 * {@link SignInThrottled} before anything about the login is read. Otherwise exactly one
 * password check runs, against the account's digest or, for an unknown or disabled login,
 * against a digest of a random password, so the answer's time does not tell whether a
 * login exists. Every sign-in and failure is logged (never the password).
 * <p>
 * The client address is {@code request.getRemoteAddr()}: the peer's address, or, behind a
 * reverse proxy with {@code server.forward-headers-strategy=native} and
 * {@code server.tomcat.remoteip.internal-proxies} naming that proxy, the address the
 * proxy names in {@code X-Forwarded-For} (see README, "Behind TLS").
 */
@Component
class AccountSignIn implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger("jp.suishin.security");

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	private final PasswordEncoder encoder;

	/** What an unknown login's password is checked against: as slow as a real one. */
	private final String nobodysDigest;

	AccountSignIn(AccountRepository accounts, LoginThrottle throttle, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.encoder = encoder;
		this.nobodysDigest = encoder.encode(UUID.randomUUID().toString());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String login = attempt.getName() == null ? "" : attempt.getName().strip();
		String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
		LoginThrottle.Verdict verdict = throttle.attempt(login, address);
		if (verdict instanceof LoginThrottle.Wait wait) {
			log.warn("sign-in throttled login={} address={} retryAfter={}s", sanitize(login), sanitize(address),
					wait.seconds());
			throw new SignInThrottled(wait);
		}
		Optional<String> digest = accounts.passwordDigest(login);
		boolean matches = encoder.matches(password, digest.orElse(nobodysDigest));
		Optional<Account> account = matches && digest.isPresent() ? accounts.findByLogin(login).filter(Account::enabled)
				: Optional.empty();
		if (account.isEmpty()) {
			log.warn("sign-in failed login={} address={}", sanitize(login), sanitize(address));
			throw new BadCredentialsException("bad credentials");
		}
		throttle.succeeded(login, address);
		log.info("sign-in login={} address={}", account.get().login(), sanitize(address));
		AccountPrincipal principal = new AccountPrincipal(account.get().id(), account.get().login(),
				account.get().administrator(), null, false);
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(principal,
				null, principal.getAuthorities());
		signedIn.setDetails(attempt.getDetails());
		return signedIn;
	}

	/** Keeps typed names from forging log lines. */
	static String sanitize(String text) {
		String cleaned = text.replaceAll("[\\p{Cntrl}]", "_");
		return cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
	}

}
