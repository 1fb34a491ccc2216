package jp.suishin.account.web;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The sign-in page; Spring Security handles the form's POST, sign-out and sessions. */
@Controller
class SignInController {

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("signInPage", true);
		return "account/login";
	}

	/**
	 * The form again after an attempt the throttle told to wait (forwarded here by
	 * {@link SignInFailures}): 429 with {@code Retry-After}.
	 */
	@RequestMapping(SignInFailures.THROTTLED)
	String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!(request.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInThrottled throttled)) {
			return "redirect:/login";
		}
		SignInFailures.answerThrottled(response, throttled);
		model.addAttribute("throttledSeconds", throttled.retryAfterSeconds());
		model.addAttribute("signInPage", true);
		return "account/login";
	}

}
