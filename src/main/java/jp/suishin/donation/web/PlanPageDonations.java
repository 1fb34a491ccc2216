package jp.suishin.donation.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.suishin.donation.DonationLedger;
import jp.suishin.pagecache.CacheablePage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives the plan page ({@code report/plan}, which knows nothing of donations) the plan's
 * donation totals as {@code donationLedger}, for its fragment
 * {@code donation/fragments :: summary}. The report module does not depend on this one;
 * the page is cached for the public, and stays right because every donation written is a
 * plan audit entry, which moves the plan's stamp.
 */
@Configuration(proxyBeanMethods = false)
class PlanPageDonations implements WebMvcConfigurer, HandlerInterceptor {

	static final String VIEW = "report/plan";

	static final String ATTRIBUTE = "donationLedger";

	private final ObjectProvider<DonationLedger> ledgers;

	/**
	 * @param ledgers the donations' ledger; absent in a slice of the web layer that tests
	 * another page, which then shows no donations
	 */
	PlanPageDonations(ObjectProvider<DonationLedger> ledgers) {
		this.ledgers = ledgers;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/plans/*");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		DonationLedger ledger = ledgers.getIfAvailable();
		if (modelAndView == null || !VIEW.equals(modelAndView.getViewName()) || ledger == null) {
			return;
		}
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("id") instanceof String id) {
			CacheablePage.number(id).flatMap(ledger::of).ifPresent(shown -> modelAndView.addObject(ATTRIBUTE, shown));
		}
	}

}
