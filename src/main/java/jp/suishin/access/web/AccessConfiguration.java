package jp.suishin.access.web;

import jp.suishin.access.AccessPolicy;
import jp.suishin.organisation.OrganisationRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The access policy, remembering a page view's organisation tree and decisions for the
 * length of its request.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

	@Bean
	AccessPolicy accessPolicy(OrganisationRepository organisations) {
		return new AccessPolicy(organisations, new RequestDecisionMemo());
	}

}
