package jp.suishin.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jp.suishin.exchange.Workbooks;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses an upload larger than the servlet accepts (the readers' cap) by its declared
 * length, before anything reads it: the sign-in check and the CSRF check would otherwise
 * make the servlet parse it, and answer with its own English error page. The answer is
 * 413 with the limit, in the visitor's language, as a page or (under {@code /api/}) a
 * problem; nothing is stored.
 */
final class UploadLimitFilter extends OncePerRequestFilter {

	private final long maxRequestBytes;

	private final MessageSource messages;

	private final LocaleResolver locales;

	UploadLimitFilter(DataSize maxRequestSize, MessageSource messages, LocaleResolver locales) {
		this.maxRequestBytes = maxRequestSize.toBytes();
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
				|| request.getContentLengthLong() <= maxRequestBytes) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = locales.resolveLocale(request);
		String detail = messages.getMessage("upload.request-too-large",
				new Object[] { Workbooks.MAX_FILE_BYTES / 1024 / 1024 }, locale);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setHeader("Connection", "close");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
						+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
			return;
		}
		String title = messages.getMessage("error.title", null, locale);
		String home = messages.getMessage("nav.home", null, locale);
		response.setContentType("text/html");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
					+ HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title)
					+ "</h1><p id=\"detail\">" + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\""
					+ request.getContextPath() + "/\">" + HtmlUtils.htmlEscape(home) + "</a></p></main></body></html>");
	}

}
