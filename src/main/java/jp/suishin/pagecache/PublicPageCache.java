package jp.suishin.pagecache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.suishin.storage.PublicRead;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves a {@link CacheablePage} to the public from the rendering this node kept, when
 * the page's stamp, read now, is the one read before that rendering was made. The stamp
 * is read before the page's rows, so a rendering is never filed under a stamp newer than
 * what it shows; a change committed anywhere moves the stamp, and the next view renders
 * afresh. Only a complete 200 answer to a visitor without a session, that set no cookie
 * and opened no session, is kept (a page with a CSRF token or a flash message is
 * somebody's own); it is then served to every public visitor. The renderings are kept
 * least recently used first out, up to a bound in bytes.
 */
final class PublicPageCache extends OncePerRequestFilter {

	/** Says whether an answer came from the cache: {@code hit} or {@code miss}. */
	static final String HEADER = "X-Page-Cache";

	private final List<Route> routes;

	private final LocaleResolver locales;

	private final long maxBytes;

	private final LinkedHashMap<String, Rendering> kept = new LinkedHashMap<>(256, 0.75f, true);

	private long keptBytes;

	PublicPageCache(List<CacheablePage> pages, LocaleResolver locales, long maxBytes) {
		PathPatternParser parser = new PathPatternParser();
		this.routes = pages.stream().map(page -> new Route(parser.parse(page.pattern()), page)).toList();
		this.locales = locales;
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return maxBytes <= 0 || !"GET".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Request> asked = PublicRead.is(request) ? match(request) : Optional.empty();
		if (asked.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<String> stamp = asked.get().page().stamp().apply(asked.get().variables());
		if (stamp.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String key = asked.get().key() + '|' + locales.resolveLocale(request).toLanguageTag();
		Rendering known = find(key);
		if (known != null && known.stamp().equals(stamp.get())) {
			known.writeTo(response);
			return;
		}
		// kept only from a visitor without a session: a page rendered in a session may
		// carry its CSRF token or a flash message, which are that visitor's alone
		boolean keepable = request.getSession(false) == null;
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		rendering.setHeader(HEADER, "miss");
		chain.doFilter(request, rendering);
		if (keepable && rendering.getStatus() == HttpServletResponse.SC_OK
				&& !rendering.containsHeader(HttpHeaders.SET_COOKIE) && request.getSession(false) == null
				&& !request.isAsyncStarted()) {
			keep(key,
					new Rendering(stamp.get(), rendering.getContentType(),
							rendering.getHeader(HttpHeaders.CONTENT_DISPOSITION), rendering.getLocale(),
							rendering.getContentAsByteArray()));
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * The page asked for with its variables, and the key of what it shows: the path and
	 * the page's parameters in order; empty when a parameter is not the page's or is
	 * given twice.
	 */
	private Optional<Request> match(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (Route route : routes) {
			PathPattern.PathMatchInfo matched = route.pattern().matchAndExtract(path);
			if (matched == null) {
				continue;
			}
			TreeMap<String, String> parameters = new TreeMap<>();
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (!route.page().parameters().contains(parameter.getKey()) || parameter.getValue().length != 1) {
					return Optional.empty();
				}
				parameters.put(parameter.getKey(), parameter.getValue()[0]);
			}
			return Optional.of(new Request(route.page(), matched.getUriVariables(), path.value() + '?' + parameters));
		}
		return Optional.empty();
	}

	private synchronized Rendering find(String key) {
		return kept.get(key);
	}

	private synchronized void keep(String key, Rendering rendering) {
		if (rendering.body().length > maxBytes / 4) {
			return;
		}
		Rendering before = kept.put(key, rendering);
		keptBytes += rendering.size() - (before == null ? 0 : before.size());
		Iterator<Rendering> oldest = kept.values().iterator();
		while (keptBytes > maxBytes && oldest.hasNext()) {
			keptBytes -= oldest.next().size();
			oldest.remove();
		}
	}

	/** The renderings kept, for the tests: their keys, least recently used first. */
	synchronized List<String> keys() {
		return new ArrayList<>(kept.keySet());
	}

	private record Route(PathPattern pattern, CacheablePage page) {
	}

	private record Request(CacheablePage page, Map<String, String> variables, String key) {
	}

	/** A complete answer, and the stamp read before it was rendered. */
	private record Rendering(String stamp, String contentType, String disposition, Locale locale, byte[] body) {

		long size() {
			return body.length + 256L;
		}

		void writeTo(HttpServletResponse response) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setLocale(locale);
			response.setContentType(contentType);
			if (disposition != null) {
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
			}
			response.setHeader(HEADER, "hit");
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

	}

}
