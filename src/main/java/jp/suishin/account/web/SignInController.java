package jp.suishin.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST, sign-out and sessions. */
@Controller
class SignInController {

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

}
