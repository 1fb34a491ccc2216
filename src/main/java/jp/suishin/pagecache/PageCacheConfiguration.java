package jp.suishin.pagecache;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The cache of public pages, the last filter: after the security filters (it needs to
 * know that the request is the public's) and after the one that sends a public read to a
 * replica. {@code suishin.page-cache.max-megabytes} bounds the renderings a node keeps
 * (64 by default; 0 keeps none).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCache(List<CacheablePage> pages, LocaleResolver locales,
			@Value("${suishin.page-cache.max-megabytes:64}") long maxMegabytes) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(
				new PublicPageCache(pages, locales, maxMegabytes * 1024 * 1024));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

}
