package jp.suishin.pagecache;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

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

	/**
	 * The longest key kept: what a page's path, parameters and the client's Accept header
	 * make.
	 */
	static final int MAX_KEY = 1024;

	private final LinkedHashMap<String, Rendering> kept = new LinkedHashMap<>(256, 0.75f, true);

	/**
	 * Orders the stamps read on this node: a rendering never replaces one made after a
	 * later read.
	 */
	private final AtomicLong reads = new AtomicLong();

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
		long read = reads.incrementAndGet();
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
					new Rendering(read, stamp.get(), rendering.getContentType(),
							rendering.getHeader(HttpHeaders.CONTENT_DISPOSITION), rendering.getLocale(),
							rendering.getContentAsByteArray()));
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * The page asked for with its variables, and the key of what it shows: the page, its
	 * variables (a number by its value) and its parameters in their canonical forms, and
	 * what the client accepts; empty when a parameter is not the page's, is given twice
	 * or is refused, or when the key would be long.
	 */
	private Optional<Request> match(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (Route route : routes) {
			PathPattern.PathMatchInfo matched = route.pattern().matchAndExtract(path);
			if (matched == null) {
				continue;
			}
			StringBuilder key = new StringBuilder(route.page().pattern());
			new TreeMap<>(matched.getUriVariables()).forEach((name, value) -> key.append('|')
				.append(name)
				.append('=')
				.append(CacheablePage.number(value).map(String::valueOf).orElse(value)));
			TreeMap<String, String> parameters = new TreeMap<>();
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				Function<String, Optional<String>> canonical = route.page().parameters().get(parameter.getKey());
				Optional<String> value = canonical == null || parameter.getValue().length != 1 ? Optional.empty()
						: canonical.apply(parameter.getValue()[0]);
				if (value.isEmpty()) {
					return Optional.empty();
				}
				parameters.put(parameter.getKey(), value.get());
			}
			parameters.forEach((name, value) -> key.append('?').append(name).append('=').append(value));
			String accept = request.getHeader(HttpHeaders.ACCEPT);
			key.append("|accept=").append(accept == null ? "" : accept);
			if (key.length() > MAX_KEY) {
				return Optional.empty();
			}
			return Optional.of(new Request(route.page(), matched.getUriVariables(), key.toString()));
		}
		return Optional.empty();
	}

	private synchronized Rendering find(String key) {
		return kept.get(key);
	}

	private synchronized void keep(String key, Rendering rendering) {
		Rendering before = kept.get(key);
		if (rendering.body().length > maxBytes / 4 || before != null && before.read() > rendering.read()) {
			return;
		}
		kept.put(key, rendering);
		keptBytes += rendering.size(key) - (before == null ? 0 : before.size(key));
		Iterator<Map.Entry<String, Rendering>> oldest = kept.entrySet().iterator();
		while (keptBytes > maxBytes && oldest.hasNext()) {
			Map.Entry<String, Rendering> entry = oldest.next();
			keptBytes -= entry.getValue().size(entry.getKey());
			oldest.remove();
		}
	}

	private record Route(PathPattern pattern, CacheablePage page) {
	}

	private record Request(CacheablePage page, Map<String, String> variables, String key) {
	}

	/**
	 * A complete answer, and the stamp read before it was rendered (the node's read
	 * number).
	 */
	private record Rendering(long read, String stamp, String contentType, String disposition, Locale locale,
			byte[] body) {

		/**
		 * What it takes, with its key (two bytes a character) and the objects around it.
		 */
		long size(String key) {
			return body.length + 2L * key.length() + 256L;
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
