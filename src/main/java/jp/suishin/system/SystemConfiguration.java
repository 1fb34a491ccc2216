package jp.suishin.system;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Japanese first: pages are Japanese whatever the browser asks for; {@code ?lang=en}
 * switches to English and a cookie keeps the choice.
 */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration implements WebMvcConfigurer {

	/**
	 * The installation's clock, in its zone ({@code suishin.time-zone}, Asia/Tokyo unless
	 * configured), whatever the JVM's default zone is: deadlines, "today" and every time
	 * shown on a page follow it.
	 */
	@Bean
	Clock clock(@Value("${suishin.time-zone:Asia/Tokyo}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

	/**
	 * The bundles: {@code messages.properties} is Japanese and is used for every locale
	 * without a bundle of its own, whatever the JVM's default locale is;
	 * {@code messages_en.properties} is English.
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new MessageBundles();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** The one helper that turns problems into messages, for every controller. */
	@Bean
	ProblemMessages problemMessages(MessageSource messageSource) {
		return new ProblemMessages(messageSource);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("suishin-lang");
		resolver.setDefaultLocale(Locale.JAPANESE);
		return resolver;
	}

	/**
	 * Uploads beyond the servlet's limit refused by their length, before any filter reads
	 * them.
	 */
	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(
			@Value("${spring.servlet.multipart.max-request-size:1MB}") String maxRequestSize, MessageSource messages,
			LocaleResolver locales) {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
				new UploadLimitFilter(DataSize.parse(maxRequestSize), messages, locales));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
