package jp.suishin.api;

import java.util.Locale;

import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * API failures of the request itself as RFC 9457 problem details: an unreadable parameter
 * or body 400 (refusals of use cases: {@code system.RefusalAdvice}).
 */
@RestControllerAdvice(basePackageClasses = ApiErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

	private final ProblemMessages messages;

	ApiErrorAdvice(ProblemMessages messages) {
		this.messages = messages;
	}

	/** A path or query parameter of the wrong type ({@code /api/v1/kpis/abc}). */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.text("api.parameter.invalid", locale, ex.getName(), String.valueOf(ex.getValue())));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.text("api.parameter.missing", locale, ex.getParameterName()));
	}

	/** A body that is not the JSON the operation takes. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.text("api.body.unreadable", locale));
	}

}
