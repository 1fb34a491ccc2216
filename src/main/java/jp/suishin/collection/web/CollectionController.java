package jp.suishin.collection.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.CollectionOverview;
import jp.suishin.collection.CollectionQuery;
import jp.suishin.collection.CollectionRefused;
import jp.suishin.collection.ItemState;
import jp.suishin.collection.UploadingValues;
import jp.suishin.kpi.KpiNotFoundException;

import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The yearly collection: the dashboard (マイページ), a year's collection with its progress per
 * department, and every workflow step. A step that is not possible now comes back to the
 * page with the reason; one the viewer may not take is a 403.
 */
@Controller
class CollectionController {

	/**
	 * A KPI list is far smaller; the servlet accepts up to 20 MB so that larger files get
	 * this message rather than the container's error page.
	 */
	static final long UPLOAD_MAX_BYTES = 5L * 1024 * 1024;

	private final CollectionQuery query;

	private final CollectingValues collecting;

	private final MessageSource messages;

	private final ProblemMessages problems;

	private final UploadingValues uploading;

	CollectionController(CollectionQuery query, CollectingValues collecting, MessageSource messages,
			UploadingValues uploading) {
		this.uploading = uploading;
		this.query = query;
		this.collecting = collecting;
		this.messages = messages;
		this.problems = new ProblemMessages(messages);
	}

	@GetMapping("/me")
	String dashboard(Viewer viewer, Model model) {
		var collections = query.collectionsOf(viewer);
		model.addAttribute("collections", collections);
		model.addAttribute("planned", query.plannedBy(viewer));
		model.addAttribute("toDo",
				collections.stream()
					.filter(c -> !c.rights().departments().isEmpty())
					.map(c -> query.overview(viewer, c.collection().id()))
					.toList());
		model.addAttribute("reminders", query.remindersFor(viewer));
		return "collection/dashboard";
	}

	@GetMapping("/collections/{id}")
	String collection(@PathVariable long id, Viewer viewer, Model model) {
		CollectionOverview overview = query.overview(viewer, id);
		model.addAttribute("overview", overview);
		model.addAttribute("approved", ItemState.APPROVED);
		model.addAttribute("submitted", ItemState.SUBMITTED);
		model.addAttribute("kpiNames", overview.kpiNames());
		return "collection/collection";
	}

	@PostMapping("/plans/{planId}/collections")
	String open(@PathVariable long planId, @RequestParam(required = false) String year,
			@RequestParam(required = false) String deadline, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		CollectingValues.Opening opening = collecting.open(viewer, planId, year, deadline);
		if (!opening.problems().isEmpty()) {
			redirect.addFlashAttribute("openErrors", opening.problems()
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey,
						e -> messages.getMessage(e.getValue().messageKey(), e.getValue().argumentArray(), locale))));
			redirect.addFlashAttribute("openPlan", planId);
			return "redirect:/me";
		}
		redirect.addFlashAttribute("saved", messages.getMessage("collection.opened", null, locale));
		return "redirect:/collections/" + opening.collectionId();
	}

	@PostMapping("/collections/{id}/departments")
	String addDepartment(@PathVariable long id, @RequestParam(required = false) String name, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		return step(id, redirect, locale, "collection.department.added",
				() -> collecting.addDepartment(viewer, query.overview(viewer, id).plan().id(), name));
	}

	@PostMapping("/collections/{id}/kpis/{kpiId}/department")
	String assign(@PathVariable long id, @PathVariable long kpiId, @RequestParam(required = false) Long departmentId,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		return step(id, redirect, locale, "collection.department.assigned",
				() -> collecting.assign(viewer, id, kpiId, departmentId));
	}

	@PostMapping("/collections/{id}/kpis/{kpiId}/submit")
	String submit(@PathVariable long id, @PathVariable long kpiId, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		return step(id, redirect, locale, "collection.submitted", () -> collecting.submit(viewer, id, kpiId));
	}

	@PostMapping("/collections/{id}/kpis/{kpiId}/return")
	String returnValue(@PathVariable long id, @PathVariable long kpiId, @RequestParam(required = false) String comment,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		return step(id, redirect, locale, "collection.returned",
				() -> collecting.returnValue(viewer, id, kpiId, comment));
	}

	@PostMapping("/collections/{id}/kpis/{kpiId}/approve")
	String approve(@PathVariable long id, @PathVariable long kpiId, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		return step(id, redirect, locale, "collection.approved", () -> collecting.approve(viewer, id, kpiId));
	}

	@PostMapping("/collections/{id}/kpis/{kpiId}/reopen")
	String reopen(@PathVariable long id, @PathVariable long kpiId, @RequestParam(required = false) String reason,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		return step(id, redirect, locale, "collection.reopened", () -> collecting.reopen(viewer, id, kpiId, reason));
	}

	@PostMapping("/collections/{id}/lock")
	String lock(@PathVariable long id, Viewer viewer, RedirectAttributes redirect, Locale locale) {
		return step(id, redirect, locale, "collection.locked.done", () -> collecting.lock(viewer, id));
	}

	@PostMapping("/collections/{id}/remind")
	String remind(@PathVariable long id, Viewer viewer, RedirectAttributes redirect, Locale locale) {
		CollectionOverview overview = query.overview(viewer, id);
		String subject = messages.getMessage("collection.reminder.subject",
				new Object[] { overview.plan().name(), overview.collection().year().eraLabel() }, locale);
		String body = messages.getMessage("collection.reminder.body", new Object[] { overview.plan().name(),
				overview.collection().year().eraLabel(), overview.collection().deadline() }, locale);
		try {
			CollectingValues.Reminding reminding = collecting.remind(viewer, id, subject, body);
			redirect.addFlashAttribute("saved",
					messages.getMessage(reminding.mailed() ? "collection.reminded" : "collection.reminded.no-mail",
							new Object[] { reminding.departments(), reminding.recipients() }, locale));
		}
		catch (CollectionRefused ex) {
			redirect.addFlashAttribute("refused",
					messages.getMessage(ex.problem().messageKey(), ex.problem().argumentArray(), locale));
		}
		return "redirect:/collections/" + id + "#overdue";
	}

	/** Takes the collection year's values from the department's sheet (CSV or xlsx). */
	@PostMapping("/collections/{id}/upload")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile sheet, Viewer viewer,
			RedirectAttributes redirect, Locale locale) throws java.io.IOException {
		if (sheet == null || sheet.isEmpty()) {
			redirect.addFlashAttribute("refused", messages.getMessage("upload.no-file", null, locale));
			return "redirect:/collections/" + id + "#upload";
		}
		if (sheet.getSize() > UPLOAD_MAX_BYTES) {
			redirect.addFlashAttribute("refused",
					messages.getMessage("upload.too-large", new Object[] { UPLOAD_MAX_BYTES / 1024 / 1024 }, locale));
			return "redirect:/collections/" + id + "#upload";
		}
		UploadingValues.Upload upload = uploading.upload(viewer, id, sheet.getOriginalFilename(), sheet.getBytes());
		if (upload.stored()) {
			redirect.addFlashAttribute("saved", messages.getMessage("upload.stored",
					new Object[] { upload.recorded(), upload.unchanged(), upload.notYours() }, locale));
		}
		else {
			redirect.addFlashAttribute("refused", messages.getMessage("upload.refused", null, locale));
			redirect.addFlashAttribute("uploadProblems", upload.problems().stream().map(p -> {
				String text = messages.getMessage(p.problem().messageKey(), p.problem().argumentArray(), locale);
				return p.row() == 0 ? text : p.column() == 0
						? messages.getMessage("upload.at-row", new Object[] { p.row(), text }, locale)
						: messages.getMessage("upload.at-cell", new Object[] { p.row(), p.column(), text }, locale);
			}).toList());
		}
		return "redirect:/collections/" + id + "#upload";
	}

	@PostMapping("/collections/{id}/remarks")
	String remark(@PathVariable long id, @RequestParam(required = false) Long kpiId,
			@RequestParam(required = false) String text, Viewer viewer, RedirectAttributes redirect, Locale locale) {
		return step(id, redirect, locale, "collection.remarked", () -> collecting.remark(viewer, id, kpiId, text));
	}

	private String step(long id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", messages.getMessage(doneKey, null, locale));
		}
		catch (Refused ex) {
			if (ex.refusal() instanceof Refusal.Conflict conflict) {
				redirect.addFlashAttribute("refused", problems.text(conflict.problem(), locale));
			}
			else if (ex.refusal() instanceof Refusal.Invalid invalid) {
				redirect.addFlashAttribute("refused",
						String.join(" ", problems.byField(invalid.problems(), locale).values()));
			}
			else {
				throw ex;
			}
		}
		return "redirect:/collections/" + id;
	}

}
