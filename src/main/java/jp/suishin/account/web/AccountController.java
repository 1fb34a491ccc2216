package jp.suishin.account.web;

import java.util.Locale;
import java.util.Map;

import jp.suishin.account.ApiTokens;
import jp.suishin.account.OpeningAccount;
import jp.suishin.account.Viewer;
import jp.suishin.refusal.Problem;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The signed-in person's own account: password and personal API tokens. */
@Controller
class AccountController {

	private final ApiTokens tokens;

	private final OpeningAccount accounts;

	private final ProblemMessages messages;

	AccountController(ApiTokens tokens, OpeningAccount accounts, ProblemMessages messages) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/account")
	String account(Viewer viewer, Model model) {
		model.addAttribute("tokens", tokens.of(viewer.accountId()));
		return "account/account";
	}

	@PostMapping("/account/tokens")
	String issue(@RequestParam(required = false) String name, Viewer viewer, RedirectAttributes redirect) {
		redirect.addFlashAttribute("issuedToken", tokens.issue(viewer.accountId(), name, viewer.actor()));
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, Viewer viewer) {
		tokens.revoke(viewer.accountId(), id, viewer.actor());
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String password(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String password, Viewer viewer, RedirectAttributes redirect, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, Problem> problems = accounts.changePassword(viewer.accountId(), currentPassword, password,
				viewer.actor());
		redirect.addFlashAttribute(problems.isEmpty() ? "passwordSaved" : "passwordError",
				problems.isEmpty() ? messages.text("account.password.saved", locale)
						: String.join(" ", messages.byField(problems, locale).values()));
		if (problems.isEmpty()) {
			keepThisSession(request, response);
		}
		return "redirect:/account";
	}

	/**
	 * A password change ends every session signed in before it; this one signs in anew,
	 * with a new session id.
	 */
	private static void keepThisSession(HttpServletRequest request, HttpServletResponse response) {
		if (SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof AccountPrincipal current) {
			AccountPrincipal renewed = current.renewed();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
			SecurityContextHolder.setContext(context);
			if (request.getSession(false) != null) {
				request.changeSessionId();
			}
			else {
				// signed in without a session (a test's request): this one gets a
				// new id anyway
				request.getSession(true);
			}
			new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		}
	}

}
