package jp.suishin.system;

import java.util.Locale;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.web.Viewers;
import jp.suishin.collection.CollectionNotFound;
import jp.suishin.collection.CollectionRefused;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a refused request gets, on every page and API call: the public is sent to sign in
 * (401 on the API), a signed-in account that may not do this gets 403, an unknown
 * collection 404, a workflow step that is not possible now 409 with the reason. Every
 * refusal is logged with who tried what.
 */
@ControllerAdvice
class AccessErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger("jp.suishin.security");

	private final Viewers viewers;

	private final MessageSource messages;

	AccessErrorAdvice(Viewers viewers, MessageSource messages) {
		this.viewers = viewers;
		this.messages = messages;
	}

	@ExceptionHandler(AccessDenied.class)
	Object denied(AccessDenied ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		boolean signedIn = viewers.current().signedIn();
		log.warn("access denied login={} method={} uri={} what={}", signedIn ? viewers.current().login() : "(public)",
				request.getMethod(), request.getRequestURI(), ex.getMessage());
		HttpStatus status = signedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
		if (isApi(request)) {
			return problem(status,
					messages.getMessage(signedIn ? "error.403.detail" : "error.401.detail", null, locale));
		}
		if (!signedIn) {
			return new ModelAndView("redirect:/login");
		}
		return page(HttpStatus.FORBIDDEN);
	}

	@ExceptionHandler(CollectionNotFound.class)
	Object notFound(HttpServletRequest request, Locale locale) {
		if (isApi(request)) {
			return problem(HttpStatus.NOT_FOUND, messages.getMessage("error.not-found.detail", null, locale));
		}
		return page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(CollectionRefused.class)
	Object refused(CollectionRefused ex, HttpServletRequest request, Locale locale) {
		String detail = messages.getMessage(ex.problem().messageKey(), ex.problem().argumentArray(), locale);
		if (isApi(request)) {
			return problem(HttpStatus.CONFLICT, detail);
		}
		ModelAndView page = page(HttpStatus.CONFLICT);
		page.addObject("detail", detail);
		return page;
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	private static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		return page;
	}

}
