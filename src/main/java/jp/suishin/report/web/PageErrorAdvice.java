package jp.suishin.report.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An unreadable year a 400 page, never a 500 (refusals: {@code system.RefusalAdvice}).
 */
@ControllerAdvice(basePackageClasses = PageErrorAdvice.class)
class PageErrorAdvice {

	@ExceptionHandler(InvalidParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badParameter(Model model) {
		model.addAttribute("status", 400);
		return "error";
	}

}
