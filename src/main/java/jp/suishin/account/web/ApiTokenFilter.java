package jp.suishin.account.web;

import java.io.IOException;
import java.util.Optional;

import jp.suishin.account.AccountRepository;
import jp.suishin.account.ApiTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs an API request in with a personal token ({@code Authorization: Bearer sui_…}).
 * Tokens are for the API only: outside its {@code scope} ({@code /api/**}) the header is
 * ignored entirely, so a token opens no page, posts no form, mints no token and reaches
 * no administration page; such a request is the public's, or its session's. The
 * authentication lives for the request only; an unknown, revoked or expired token is a
 * 401 at once.
 */
public final class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final AccountRepository accounts;

	private final RequestMatcher scope;

	public ApiTokenFilter(ApiTokens tokens, AccountRepository accounts, RequestMatcher scope) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.scope = scope;
	}

	/**
	 * Whether a request is signed in by a token, and so needs no CSRF token: it carries a
	 * bearer token and is inside the tokens' scope.
	 */
	public boolean signsInByToken(HttpServletRequest request) {
		return scope.matches(request) && carriesToken(request);
	}

	private static boolean carriesToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.startsWith(BEARER);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!signsInByToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
		Optional<AccountPrincipal> principal = tokens.accountOf(token)
			.flatMap(accounts::findById)
			.map(a -> new AccountPrincipal(a.id(), a.login(), a.administrator(), null, false));
		if (principal.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType("application/problem+json");
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"invalid token\"}");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
