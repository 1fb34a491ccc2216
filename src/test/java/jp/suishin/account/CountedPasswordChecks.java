package jp.suishin.account;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's own password encoder, counting how often a password is checked
 * against a digest (each check is a bcrypt run: what makes an answer slow).
 */
final class CountedPasswordChecks implements PasswordEncoder {

	static final AtomicInteger CHECKS = new AtomicInteger();

	private final PasswordEncoder encoder;

	private CountedPasswordChecks(PasswordEncoder encoder) {
		this.encoder = encoder;
	}

	@Override
	public String encode(CharSequence password) {
		return encoder.encode(password);
	}

	@Override
	public boolean matches(CharSequence password, String digest) {
		CHECKS.incrementAndGet();
		return encoder.matches(password, digest);
	}

	@Override
	public boolean upgradeEncoding(String digest) {
		return encoder.upgradeEncoding(digest);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		static BeanPostProcessor countPasswordChecks() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof PasswordEncoder encoder && !(bean instanceof CountedPasswordChecks)
							? new CountedPasswordChecks(encoder) : bean;
				}
			};
		}

	}

}
