package jp.suishin.system;

import java.util.List;
import java.util.Locale;

import jp.suishin.account.web.Viewers;
import jp.suishin.exchange.Workbooks;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.ProblemMessages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place a refusal becomes an answer, once for pages and once for the API (RFC
 * 9457): not found 404; forbidden 403 for a signed-in account, and for the public a
 * sign-in (401 on the API); a conflict 409 with the reason; invalid input 422 on the API
 * with the problems per field (400 when a GET's query parameters are what is invalid),
 * 400 on a page. Every refusal of access is logged with who tried what.
 */
@ControllerAdvice
class RefusalAdvice {

	private static final Logger log = LoggerFactory.getLogger("jp.suishin.security");

	private final Viewers viewers;

	private final ProblemMessages messages;

	RefusalAdvice(Viewers viewers, ProblemMessages messages) {
		this.viewers = viewers;
		this.messages = messages;
	}

	@ExceptionHandler(Refused.class)
	Object refused(Refused ex, HttpServletRequest request, Locale locale) {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		return api ? api(ex.refusal(), request, locale) : page(ex.refusal(), request, locale);
	}

	/**
	 * A file beyond the servlet's limit (set to the readers' cap): refused with the
	 * limit, 413, before anything reads it.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Locale locale) {
		String detail = messages.text("upload.request-too-large", locale, Workbooks.MAX_FILE_BYTES / 1024 / 1024);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, detail);
		}
		return errorPage(HttpStatus.CONTENT_TOO_LARGE, detail);
	}

	private ResponseEntity<ProblemDetail> api(Refusal refusal, HttpServletRequest request, Locale locale) {
		if (refusal instanceof Refusal.NotFound) {
			return problem(HttpStatus.NOT_FOUND, messages.text("error.not-found.detail", locale));
		}
		if (refusal instanceof Refusal.Forbidden forbidden) {
			boolean signedIn = logDenied(forbidden, request);
			return problem(signedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED,
					messages.text(signedIn ? "error.403.detail" : "error.401.detail", locale));
		}
		if (refusal instanceof Refusal.Conflict conflict) {
			return problem(HttpStatus.CONFLICT, messages.text(conflict.problem(), locale));
		}
		List<FieldError> errors = ((Refusal.Invalid) refusal).problems()
			.stream()
			.map(p -> new FieldError(p.field(), messages.text(p, locale)))
			.toList();
		// A read has no content: what cannot be used is in its query ({@code ?year=}), a
		// 400.
		HttpStatus status = HttpMethod.GET.matches(request.getMethod()) ? HttpStatus.BAD_REQUEST
				: HttpStatus.UNPROCESSABLE_CONTENT;
		ResponseEntity<ProblemDetail> answer = problem(status,
				errors.size() == 1 ? errors.get(0).message() : messages.text("form.has-errors", locale));
		answer.getBody().setProperty("errors", errors);
		return answer;
	}

	private ModelAndView page(Refusal refusal, HttpServletRequest request, Locale locale) {
		if (refusal instanceof Refusal.NotFound) {
			return errorPage(HttpStatus.NOT_FOUND, null);
		}
		if (refusal instanceof Refusal.Forbidden forbidden) {
			return logDenied(forbidden, request) ? errorPage(HttpStatus.FORBIDDEN, null)
					: new ModelAndView("redirect:/login");
		}
		if (refusal instanceof Refusal.Conflict conflict) {
			return errorPage(HttpStatus.CONFLICT, messages.text(conflict.problem(), locale));
		}
		return errorPage(HttpStatus.BAD_REQUEST,
				String.join(" ", messages.byField(((Refusal.Invalid) refusal).problems(), locale).values()));
	}

	/**
	 * @return whether the one refused was signed in
	 */
	private boolean logDenied(Refusal.Forbidden forbidden, HttpServletRequest request) {
		boolean signedIn = viewers.current().signedIn();
		log.warn("access denied login={} method={} uri={} what={}", signedIn ? viewers.current().login() : "(public)",
				request.getMethod(), request.getRequestURI(), forbidden.what());
		return signedIn;
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	private static ModelAndView errorPage(HttpStatus status, String detail) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		if (detail != null) {
			page.addObject("detail", detail);
		}
		return page;
	}

	/** One field's problem in an API answer. */
	record FieldError(String field, String message) {
	}

}
