package jp.suishin.calendar.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.suishin.account.Viewer;
import jp.suishin.calendar.CalendarQuery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives the pages of other modules the calendar's current step without those modules
 * knowing the calendar (which depends on them): the plan's page ({@code report/plan})
 * gets {@code calendarNow} and マイページ ({@code collection/dashboard}) gets
 * {@code calendarGlances}, for a signed-in viewer who reads the owner's working data
 * only. The public gets nothing added, so the plan page's cached public rendering stays
 * the same; the templates include {@code calendar/fragments} when the attribute is there.
 */
@Configuration(proxyBeanMethods = false)
class CalendarGlances implements WebMvcConfigurer {

	static final String PLAN_VIEW = "report/plan";

	static final String DASHBOARD_VIEW = "collection/dashboard";

	private final ObjectProvider<CalendarQuery> queries;

	/**
	 * @param queries the calendar's query; absent in a slice of the web layer that tests
	 * another page, which then gets no glance
	 */
	CalendarGlances(ObjectProvider<CalendarQuery> queries) {
		this.queries = queries;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView page) {
				if (page == null || page.getViewName() == null
						|| !(page.getModel().get("signedIn") instanceof Viewer viewer) || !viewer.signedIn()) {
					return;
				}
				CalendarQuery query = queries.getIfAvailable();
				if (query == null) {
					return;
				}
				if (PLAN_VIEW.equals(page.getViewName())) {
					planId(request).flatMap(id -> query.glance(viewer, id))
						.ifPresent(glance -> page.addObject("calendarNow", glance));
				}
				else if (DASHBOARD_VIEW.equals(page.getViewName())) {
					page.addObject("calendarGlances", query.glances(viewer));
				}
			}

		}).addPathPatterns("/plans/*", "/me");
	}

	@SuppressWarnings("unchecked")
	private static java.util.Optional<Long> planId(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (!(variables instanceof Map<?, ?> map) || !(map.get("id") instanceof String id)) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

}
