package jp.suishin.account.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.suishin.account.AccountRepository;
import jp.suishin.account.Grant;
import jp.suishin.account.NewAccount;
import jp.suishin.account.OpeningAccount;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.refusal.Problem;
import jp.suishin.organisation.DepartmentName;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.ProblemMessages;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.refusal.Validated;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Accounts for system administrators: open an account, grant and revoke roles. Only
 * administrators reach these pages (the security configuration says so).
 */
@Controller
class AdminController {

	private final AccountRepository accounts;

	private final OpeningAccount opening;

	private final OrganisationRepository organisations;

	private final DepartmentRepository departments;

	private final ProblemMessages messages;

	AdminController(AccountRepository accounts, OpeningAccount opening, OrganisationRepository organisations,
			DepartmentRepository departments, ProblemMessages messages) {
		this.accounts = accounts;
		this.opening = opening;
		this.organisations = organisations;
		this.departments = departments;
		this.messages = messages;
	}

	/**
	 * Whether the account is an administrator now (the security rules look at the
	 * session's sign-in; this looks at the database).
	 */
	private static void requireAdministrator(Viewer viewer) {
		if (!viewer.administrator()) {
			throw new AccessDeniedException("not an administrator");
		}
	}

	@GetMapping("/admin/accounts")
	String accounts(Viewer viewer, Model model) {
		requireAdministrator(viewer);
		model.addAttribute("accounts", accounts.findAll());
		model.addAttribute("organisations", organisations.findAll());
		model.addAttribute("organisationNames",
				organisations.findAll().stream().collect(Collectors.toMap(Organization::id, Organization::name)));
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "account/admin";
	}

	@PostMapping("/admin/accounts")
	String open(@RequestParam(required = false) String login, @RequestParam(required = false) String displayName,
			@RequestParam(required = false) String email, @RequestParam(required = false) String password,
			@RequestParam(defaultValue = "false") boolean administrator, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		requireAdministrator(viewer);
		Map<String, Problem> problems = opening.open(new NewAccount(login, displayName, email, password, administrator),
				viewer.actor());
		if (!problems.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("errors", messages.byField(problems, locale));
			model.addAttribute("login", login);
			model.addAttribute("displayName", displayName);
			model.addAttribute("email", email);
			return accounts(viewer, model);
		}
		redirect.addFlashAttribute("saved", messages.text("admin.account.opened", locale, login));
		return "redirect:/admin/accounts";
	}

	/** Grants a role; a department editor's department is created when it is new. */
	@PostMapping("/admin/accounts/{id}/grants")
	String grant(@PathVariable long id, @RequestParam long organisationId, @RequestParam Role role,
			@RequestParam(required = false) String department, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		requireAdministrator(viewer);
		accounts.findById(id).orElseThrow(() -> Refused.notFound("account " + id));
		organisations.findById(organisationId).orElseThrow(() -> Refused.notFound("organisation " + organisationId));
		Long departmentId = null;
		if (role == Role.DEPARTMENT_EDITOR) {
			Validated<DepartmentName> name = DepartmentName.of(department);
			if (name.rejection().isPresent()) {
				redirect.addFlashAttribute("grantError", messages.text("admin.grant.department-required", locale) + " "
						+ messages.text(name.rejection().get(), locale));
				return "redirect:/admin/accounts";
			}
			departmentId = departments.addOrFind(organisationId, name.accepted().get()).id();
		}
		opening.grant(id, new Grant(organisationId, role, departmentId), viewer.actor());
		redirect.addFlashAttribute("saved", messages.text("admin.grant.saved", locale));
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/grants/revoke")
	String revoke(@PathVariable long id, @RequestParam long organisationId, @RequestParam Role role, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		requireAdministrator(viewer);
		opening.revoke(id, organisationId, role, viewer.actor());
		redirect.addFlashAttribute("saved", messages.text("admin.grant.revoked", locale));
		return "redirect:/admin/accounts";
	}

	/** Sets a new password for somebody who forgot theirs; their sessions end. */
	@PostMapping("/admin/accounts/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(required = false) String password, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		requireAdministrator(viewer);
		accounts.findById(id).orElseThrow(() -> Refused.notFound("account " + id));
		Optional<Problem> problem = opening.resetPassword(id, password, viewer.actor());
		redirect.addFlashAttribute(problem.isPresent() ? "grantError" : "saved",
				problem.map(p -> messages.text(p, locale))
					.orElseGet(() -> messages.text("admin.password.reset", locale)));
		return "redirect:/admin/accounts";
	}

	/**
	 * Disables an account (its sessions end and its tokens stop working) or enables it
	 * again.
	 */
	@PostMapping("/admin/accounts/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		requireAdministrator(viewer);
		accounts.findById(id).orElseThrow(() -> Refused.notFound("account " + id));
		if (!enabled && viewer.accountId() == id) {
			redirect.addFlashAttribute("grantError", messages.text("admin.disable.self", locale));
			return "redirect:/admin/accounts";
		}
		opening.setEnabled(id, enabled, viewer.actor());
		redirect.addFlashAttribute("saved", messages.text(enabled ? "admin.enabled" : "admin.disabled", locale));
		return "redirect:/admin/accounts";
	}

}
