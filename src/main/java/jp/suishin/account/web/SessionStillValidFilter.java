package jp.suishin.account.web;

import java.io.IOException;
import java.util.Optional;

import jp.suishin.account.Account;
import jp.suishin.account.AccountRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session whose account was disabled, or whose password changed, after it signed
 * in (ASVS 3.3.3): the request goes on as the public's, so it is sent to sign in again.
 */
public final class SessionStillValidFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("jp.suishin.security");

	private final AccountRepository accounts;

	public SessionStillValidFilter(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			Optional<Account> account = accounts.findById(principal.accountId());
			boolean valid = account.filter(Account::enabled)
				.filter(a -> a.credentialsChangedAt() == null
						|| !a.credentialsChangedAt().isAfter(principal.signedInAt()))
				.isPresent();
			if (!valid) {
				log.info("session ended login={} (account disabled or password changed)", principal.getUsername());
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
		}
		chain.doFilter(request, response);
	}

}
