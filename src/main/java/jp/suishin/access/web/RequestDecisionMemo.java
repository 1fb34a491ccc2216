package jp.suishin.access.web;

import java.util.function.Supplier;

import jp.suishin.access.DecisionMemo;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The access decisions of one HTTP request, kept as request attributes: gone with the
 * request. Outside a request (the command line, a scheduled job) nothing is kept.
 */
final class RequestDecisionMemo implements DecisionMemo {

	@Override
	@SuppressWarnings("unchecked")
	public <T> T remember(String key, Supplier<T> compute) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return compute.get();
		}
		Object known = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
		if (known != null) {
			return (T) known;
		}
		T value = compute.get();
		request.setAttribute(key, value, RequestAttributes.SCOPE_REQUEST);
		return value;
	}

}
