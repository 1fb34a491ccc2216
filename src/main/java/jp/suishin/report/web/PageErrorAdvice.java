package jp.suishin.report.web;

import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.report.PlanNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown plans and KPIs are a 404 page, an unreadable year a 400 page, never a 500. */
@ControllerAdvice(basePackageClasses = PageErrorAdvice.class)
class PageErrorAdvice {

	@ExceptionHandler({ KpiNotFoundException.class, PlanNotFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	@ExceptionHandler(InvalidParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badParameter(Model model) {
		model.addAttribute("status", 400);
		return "error";
	}

}
