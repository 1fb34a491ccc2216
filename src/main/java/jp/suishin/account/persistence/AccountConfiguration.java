package jp.suishin.account.persistence;

import java.time.Clock;

import jp.suishin.account.AccountRepository;
import jp.suishin.account.ApiTokens;
import jp.suishin.account.OpeningAccount;
import jp.suishin.account.PasswordHasher;
import jp.suishin.account.ThrottleRules;
import jp.suishin.account.web.CreateAdministratorCommand;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Wires the account use cases; passwords are hashed with bcrypt behind a {bcrypt} prefix.
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	OpeningAccount openingAccount(AccountRepository accounts, PasswordEncoder encoder) {
		PasswordHasher hasher = new PasswordHasher() {
			@Override
			public String hash(String password) {
				return encoder.encode(password);
			}

			@Override
			public boolean matches(String password, String digest) {
				return password != null && digest != null && encoder.matches(password, digest);
			}
		};
		return new OpeningAccount(accounts, hasher);
	}

	@Bean
	CreateAdministratorCommand createAdministratorCommand(OpeningAccount opening, ProblemMessages messages) {
		return new CreateAdministratorCommand(opening, messages);
	}

	/** The sign-in throttle's limits and waits (a bean, so tests may set their own). */
	@Bean
	ThrottleRules throttleRules() {
		return ThrottleRules.STANDARD;
	}

	@Bean
	ApiTokens apiTokens(ApiTokens.Store store, Clock clock) {
		return new ApiTokens(store, clock);
	}

}
