package jp.suishin.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Until sign-in and roles arrive, every page is open to whoever can reach the application
 * (the README says so). What is already in place: CSRF tokens on every form, a
 * Content-Security-Policy without inline script or style, frame denial and no-sniff.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		// Load the CSRF token (and with it the session) before a page starts rendering: a
		// long page is
		// committed to the client before Thymeleaf reaches a form further down, and a
		// session cannot be
		// created after that.
		CsrfTokenRequestAttributeHandler eagerToken = new CsrfTokenRequestAttributeHandler();
		eagerToken.setCsrfRequestAttributeName(null);
		http.csrf(csrf -> csrf.csrfTokenRequestHandler(eagerToken))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * No accounts yet: this keeps Spring Boot from creating a default user with a
	 * generated password.
	 */
	@Bean
	UserDetailsService noAccounts() {
		return new InMemoryUserDetailsManager();
	}

}
