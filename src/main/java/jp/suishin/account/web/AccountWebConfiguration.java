package jp.suishin.account.web;

import java.util.List;

import jp.suishin.account.Viewer;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers ask for the {@link Viewer} and gives every page the signed-in account.
 */
@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

	private final Viewers viewers;

	AccountWebConfiguration(Viewers viewers) {
		this.viewers = viewers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(viewers);
	}

	/** The header shows who is signed in, and the way to sign in or out. */
	@ControllerAdvice
	static class SignedInAdvice {

		private final Viewers viewers;

		SignedInAdvice(Viewers viewers) {
			this.viewers = viewers;
		}

		@ModelAttribute("signedIn")
		Viewer signedIn() {
			return viewers.current();
		}

	}

}
