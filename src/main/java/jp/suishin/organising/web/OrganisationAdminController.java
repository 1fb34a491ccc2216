package jp.suishin.organising.web;

import java.io.IOException;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.suishin.account.Viewer;
import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.Membership;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.organising.CollaborationForm;
import jp.suishin.organising.FormingCollaboration;
import jp.suishin.organising.ImportingLocalGovernments;
import jp.suishin.organising.ListProblem;
import jp.suishin.organising.LocalGovernmentImport;
import jp.suishin.organising.ManagingDepartments;
import jp.suishin.organising.OrganisationForm;
import jp.suishin.organising.RegisteringOrganisation;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The system administrator's organisation pages: register and revise organisations, their
 * departments, collaborations and their members, and import the national list of local
 * governments (a dry run first, then the commit). Every request goes through the use
 * cases, which refuse anybody but an administrator; the security configuration also keeps
 * {@code /admin/**} to administrators.
 */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

	/** Where an uploaded list waits between its dry run and its commit. */
	static final String UPLOAD = OrganisationAdminController.class.getName() + ".upload";

	private final OrganisationRepository organisations;

	private final DepartmentRepository departments;

	private final RegisteringOrganisation registering;

	private final ManagingDepartments managing;

	private final FormingCollaboration forming;

	private final ImportingLocalGovernments importing;

	private final ProblemMessages messages;

	OrganisationAdminController(OrganisationRepository organisations, DepartmentRepository departments,
			RegisteringOrganisation registering, ManagingDepartments managing, FormingCollaboration forming,
			ImportingLocalGovernments importing, ProblemMessages messages) {
		this.organisations = organisations;
		this.departments = departments;
		this.registering = registering;
		this.managing = managing;
		this.forming = forming;
		this.importing = importing;
		this.messages = messages;
	}

	/** A list uploaded for a dry run, kept in the session for its commit. */
	record Upload(String fileName, byte[] content, String digest) implements Serializable {
	}

	private static void requireAdministrator(Viewer viewer) {
		if (!viewer.signedIn() || !viewer.administrator()) {
			throw Refused.forbidden("organisation administration by " + viewer.login());
		}
	}

	// ------------------------------------------------------------ the overview

	@GetMapping
	String index(Viewer viewer, Model model) {
		requireAdministrator(viewer);
		List<Organization> all = organisations.findAll();
		model.addAttribute("organisations", all.stream().filter(o -> !o.isCollaboration()).toList());
		model.addAttribute("collaborations", all.stream().filter(Organization::isCollaboration).toList());
		model.addAttribute("names", names(all));
		model.addAttribute("kinds", Stream.of(OrganizationKind.values()).filter(k -> !k.isCollaboration()).toList());
		model.addAttribute("collaborationKinds",
				Stream.of(OrganizationKind.values()).filter(OrganizationKind::isCollaboration).toList());
		model.addAttribute("municipalities",
				all.stream().filter(o -> o.kind() == OrganizationKind.MUNICIPALITY).toList());
		defaults(model, "errors", "collaborationErrors");
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new OrganisationForm("", "", "", "", ""));
		}
		if (!model.containsAttribute("collaboration")) {
			model.addAttribute("collaboration", new CollaborationForm("", "", "", "", List.of()));
		}
		return "organisation/admin";
	}

	@PostMapping
	String register(@RequestParam(required = false) String kind, @RequestParam(required = false) String name,
			@RequestParam(required = false) String parentId, @RequestParam(required = false) String code,
			@RequestParam(required = false) String key, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		OrganisationForm form = new OrganisationForm(kind, name, parentId, code, key);
		try {
			long id = registering.register(viewer, form);
			redirect.addFlashAttribute("saved", messages.text("orgadmin.registered", locale, form.name()));
			return "redirect:/admin/organisations/" + id;
		}
		catch (Refused ex) {
			model.addAttribute("errors", invalid(ex, locale));
			model.addAttribute("form", form);
			response.setStatus(422);
			return index(viewer, model);
		}
	}

	@PostMapping("/collaborations")
	String form(@RequestParam(required = false) String kind, @RequestParam(required = false) String name,
			@RequestParam(required = false) String key, @RequestParam(required = false) String centerId,
			@RequestParam(required = false) List<String> memberIds, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		CollaborationForm form = new CollaborationForm(kind, name, key, centerId, memberIds);
		try {
			long id = forming.form(viewer, form);
			redirect.addFlashAttribute("saved", messages.text("orgadmin.collaboration.formed", locale, form.name()));
			return "redirect:/admin/organisations/" + id;
		}
		catch (Refused ex) {
			model.addAttribute("collaborationErrors", invalid(ex, locale));
			model.addAttribute("collaboration", form);
			response.setStatus(422);
			return index(viewer, model);
		}
	}

	// --------------------------------------------------------- one organisation

	@GetMapping("/{id}")
	String organisation(@PathVariable long id, Viewer viewer, Model model) {
		requireAdministrator(viewer);
		Organization organisation = organisations.findById(id)
			.orElseThrow(() -> Refused.notFound("organisation " + id));
		List<Organization> all = organisations.findAll();
		model.addAttribute("organisation", organisation);
		model.addAttribute("parents", all.stream().filter(o -> !o.isCollaboration() && o.id() != id).toList());
		model.addAttribute("names", names(all));
		model.addAttribute("kinds",
				Stream.of(OrganizationKind.values())
					.filter(k -> k.isCollaboration() == organisation.isCollaboration())
					.toList());
		model.addAttribute("departments", departments.ofOrganisation(id));
		List<Membership> members = organisation.isCollaboration() ? organisations.membersOf(id) : List.of();
		model.addAttribute("members", members);
		model.addAttribute("candidates",
				all.stream()
					.filter(o -> !o.isCollaboration() && members.stream().noneMatch(m -> m.member().id() == o.id()))
					.toList());
		model.addAttribute("roles", CollaborationRole.values());
		defaults(model, "errors");
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					new OrganisationForm(organisation.kind().name(), organisation.name(),
							organisation.parentId() == null ? "" : organisation.parentId().toString(),
							organisation.code() == null ? "" : organisation.code().value(), organisation.key()));
		}
		return "organisation/admin-organisation";
	}

	@PostMapping("/{id}")
	String revise(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String name, @RequestParam(required = false) String parentId,
			@RequestParam(required = false) String code, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		OrganisationForm form = new OrganisationForm(kind, name, parentId, code, "");
		try {
			registering.revise(viewer, id, form);
			redirect.addFlashAttribute("saved", messages.text("orgadmin.revised", locale));
			return "redirect:/admin/organisations/" + id;
		}
		catch (Refused ex) {
			model.addAttribute("errors", invalid(ex, locale));
			model.addAttribute("form", form);
			response.setStatus(422);
			return organisation(id, viewer, model);
		}
	}

	@PostMapping("/{id}/departments")
	String addDepartment(@PathVariable long id, @RequestParam(required = false) String name, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		return step(id, redirect, locale, () -> {
			Department added = managing.add(viewer, id, name);
			return messages.text("orgadmin.department.added", locale, added.name());
		});
	}

	@PostMapping("/{id}/departments/{departmentId}")
	String renameDepartment(@PathVariable long id, @PathVariable long departmentId,
			@RequestParam(required = false) String name, Viewer viewer, RedirectAttributes redirect, Locale locale) {
		requireAdministrator(viewer);
		departments.findById(departmentId)
			.filter(d -> d.organisationId() == id)
			.orElseThrow(() -> Refused.notFound("department " + departmentId + " of " + id));
		return step(id, redirect, locale, () -> {
			managing.rename(viewer, departmentId, name);
			return messages.text("orgadmin.department.renamed", locale);
		});
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable long id, @RequestParam(required = false) String memberId,
			@RequestParam(required = false) String role, Viewer viewer, RedirectAttributes redirect, Locale locale) {
		return step(id, redirect, locale, () -> {
			forming.addMember(viewer, id, memberId, role);
			return messages.text("orgadmin.member.added", locale);
		});
	}

	@PostMapping("/{id}/members/{memberId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long memberId, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		return step(id, redirect, locale, () -> {
			forming.removeMember(viewer, id, memberId);
			return messages.text("orgadmin.member.removed", locale);
		});
	}

	/**
	 * A change from one of the organisation page's small forms: its message, or its
	 * problems, shown after the redirect.
	 */
	private String step(long id, RedirectAttributes redirect, Locale locale,
			java.util.function.Supplier<String> change) {
		try {
			redirect.addFlashAttribute("saved", change.get());
		}
		catch (Refused ex) {
			if (!(ex.refusal() instanceof Refusal.Invalid)) {
				if (ex.refusal() instanceof Refusal.Conflict conflict) {
					redirect.addFlashAttribute("problem", messages.text(conflict.problem(), locale));
					return "redirect:/admin/organisations/" + id;
				}
				throw ex;
			}
			redirect.addFlashAttribute("problem", String.join(" ", invalid(ex, locale).values()));
		}
		return "redirect:/admin/organisations/" + id;
	}

	// ------------------------------------------------------ the national list

	/**
	 * A dry run of an uploaded list (kept in the session for its commit), or the commit
	 * of the list uploaded now or of the one the dry run showed.
	 */
	@PostMapping("/import")
	String importList(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "dry-run") String mode, @RequestParam(required = false) String digest,
			Viewer viewer, Model model, HttpSession session, HttpServletResponse response, Locale locale)
			throws IOException {
		requireAdministrator(viewer);
		Upload upload;
		if (file != null && !file.isEmpty()) {
			byte[] content = file.getBytes();
			upload = new Upload(file.getOriginalFilename(), content, digest(content));
		}
		else if (session.getAttribute(UPLOAD) instanceof Upload kept && kept.digest().equals(digest)) {
			upload = kept;
		}
		else {
			model.addAttribute("fileProblem", messages.text("orgadmin.import.file.required", locale));
			response.setStatus(422);
			return index(viewer, model);
		}
		boolean dryRun = !"commit".equals(mode);
		LocalGovernmentImport result = dryRun ? importing.dryRun(viewer, upload.fileName(), upload.content())
				: importing.commit(viewer, upload.fileName(), upload.content());
		if (dryRun && result.problems().isEmpty()) {
			session.setAttribute(UPLOAD, upload);
		}
		else {
			session.removeAttribute(UPLOAD);
		}
		if (!result.problems().isEmpty()) {
			response.setStatus(422);
		}
		model.addAttribute("result", result);
		model.addAttribute("upload", upload);
		model.addAttribute("problems",
				result.problems().stream().map(p -> new ProblemLine(p, messages.text(p.problem(), locale))).toList());
		return "organisation/admin-import";
	}

	/** A problem of the list with its message. */
	record ProblemLine(ListProblem problem, String message) {
	}

	static String digest(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ----------------------------------------------------------------- helpers

	private Map<String, String> invalid(Refused ex, Locale locale) {
		if (ex.refusal() instanceof Refusal.Invalid invalid) {
			return messages.byField(invalid.problems(), locale);
		}
		throw ex;
	}

	private static Map<Long, String> names(List<Organization> all) {
		return all.stream().collect(Collectors.toMap(Organization::id, Organization::name));
	}

	private static void defaults(Model model, String... maps) {
		for (String name : maps) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, Map.of());
			}
		}
	}

}
