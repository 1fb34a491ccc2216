package jp.suishin.linkage.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.suishin.account.Viewer;
import jp.suishin.linkage.ComputedValue;
import jp.suishin.linkage.ComputingKpis;
import jp.suishin.linkage.LinkedKpisQuery;
import jp.suishin.linkage.LinkedKpisQuery.LinkedKpis;
import jp.suishin.pagecache.CacheablePage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives the KPI page ({@code report/kpi}, which knows nothing of links) the KPI's linked
 * KPIs as {@code kpiLinks} and, for a KPI computed from its contributors, its value for
 * the latest year they reported as {@code kpiComputed}, for the fragment
 * {@code linkage/fragments :: links}: the report module does not depend on this one. The
 * KPI page is not cached, so the linked KPIs' values are read as of now, as the viewer
 * may see them.
 */
@Configuration(proxyBeanMethods = false)
class KpiPageLinks implements WebMvcConfigurer, HandlerInterceptor {

	static final String VIEW = "report/kpi";

	static final String ATTRIBUTE = "kpiLinks";

	static final String COMPUTED = "kpiComputed";

	private final ObjectProvider<LinkedKpisQuery> queries;

	private final ObjectProvider<ComputingKpis> computing;

	/**
	 * @param queries the linked KPIs; absent in a slice of the web layer that tests
	 * another page, which then shows no links
	 */
	KpiPageLinks(ObjectProvider<LinkedKpisQuery> queries, ObjectProvider<ComputingKpis> computing) {
		this.queries = queries;
		this.computing = computing;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/kpis/*");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		LinkedKpisQuery query = queries.getIfAvailable();
		if (modelAndView == null || !VIEW.equals(modelAndView.getViewName()) || query == null) {
			return;
		}
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("id") instanceof String id) {
			Viewer viewer = modelAndView.getModel().get("signedIn") instanceof Viewer signedIn ? signedIn
					: Viewer.PUBLIC;
			CacheablePage.number(id).ifPresent(kpiId -> {
				LinkedKpis linked = query.of(viewer, kpiId);
				modelAndView.addObject(ATTRIBUTE, linked);
				ComputingKpis computer = computing.getIfAvailable();
				if (computer != null) {
					linked.latestContributedYear()
						.map(year -> computer.compute(viewer, kpiId, year))
						.filter(ComputedValue::computed)
						.ifPresent(computed -> modelAndView.addObject(COMPUTED, computed));
				}
			});
		}
	}

}
