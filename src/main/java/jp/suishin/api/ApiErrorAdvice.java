package jp.suishin.api;

import java.util.Locale;

import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.report.PlanNotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * API failures as RFC 9457 problem details: unknown ids are 404, an unreadable year 400.
 */
@RestControllerAdvice(basePackageClasses = ApiErrorAdvice.class)
class ApiErrorAdvice {

	private final MessageSource messages;

	ApiErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ KpiNotFoundException.class, PlanNotFoundException.class })
	ProblemDetail notFound(Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("error.not-found.detail", null, locale));
	}

	@ExceptionHandler(BadParameterException.class)
	ProblemDetail badParameter(BadParameterException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
	}

}
