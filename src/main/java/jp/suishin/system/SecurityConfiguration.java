package jp.suishin.system;

import jp.suishin.account.AccountRepository;
import jp.suishin.account.ApiTokens;
import jp.suishin.account.web.ApiTokenFilter;
import jp.suishin.account.web.SessionStillValidFilter;
import jp.suishin.account.web.SignInFailures;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Sign-in with a password form (sessions, CSRF tokens on every form, a new session id at
 * sign-in) or, for the API, a personal bearer token. The rules here are the outer fence:
 * reading published pages is open, everything else needs a signed-in account, and the
 * administration pages an administrator. Which organisation's data an account may read or
 * change is decided per request by {@code AccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, AccountRepository accounts)
			throws Exception {
		// The CSRF token (and with it the session) is loaded only when a page asks for
		// it:
		// the layout's <head> does, before anything is sent, so that a long page
		// committed
		// to the client before Thymeleaf reaches a form further down still has its
		// session. API calls, static files and errors create no session.
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		// Personal tokens are for the API only: elsewhere the bearer header is ignored
		// (the request is the public's or its session's, and needs a CSRF token).
		ApiTokenFilter tokenFilter = new ApiTokenFilter(tokens, accounts, path.matcher("/api/**"));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(tokenFilter::signsInByToken))
			.addFilterBefore(tokenFilter, UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SessionStillValidFilter(accounts), SecurityContextHolderFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers(path.matcher("/admin/**"))
				.hasRole("ADMIN")
				.requestMatchers(path.matcher("/me"), path.matcher("/me/**"), path.matcher("/collections/**"),
						path.matcher("/account/**"), path.matcher("/api/v1/collections/**"),
						// authoring: creating and editing plans (every POST needs sign-in
						// anyway)
						path.matcher("/plans/new"), path.matcher("/plans/*/edit"), path.matcher("/plans/*/edit/**"),
						// a report's draft: for the owner's people; the public gets the
						// published editions
						path.matcher("/plans/*/report.*"),
						// a plan's verification (効果検証): for the owner's working readers
						path.matcher("/plans/*/verification"), path.matcher("/plans/*/verification/**"),
						// a plan's evaluation calendar: for the owner's working readers
						path.matcher("/plans/*/calendar"), path.matcher("/plans/*/calendar/**"),
						path.matcher("/api/v1/plans/*/calendar"), path.matcher("/api/v1/plans/*/calendar/**"),
						// the evaluation package: it holds working data too
						path.matcher("/plans/*/evaluation-package"), path.matcher("/plans/*/evaluation-package.pdf"))
				.authenticated()
				.requestMatchers(path.matcher("/login"), path.matcher(SignInFailures.THROTTLED), path.matcher("/error"))
				.permitAll()
				.requestMatchers(path.matcher(HttpMethod.GET, "/**"))
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/me", true)
				.failureHandler(new SignInFailures())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						path.matcher("/api/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

}
