package jp.suishin.collection.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.CollectionOverview;
import jp.suishin.collection.CollectionQuery;
import jp.suishin.collection.CollectionRefused;
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

	private final ProblemMessages messages;

	private final UploadingValues uploading;

	CollectionController(CollectionQuery query, CollectingValues collecting, ProblemMessages messages,
			UploadingValues uploading) {
		this.uploading = uploading;
		this.query = query;
		this.collecting = collecting;
		this.messages = messages;
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
		model.addAttribute("reminders", query.remindersFor(collections));
		return "collection/dashboard";
	}

	@GetMapping("/collections/{id}")
	String collection(@PathVariable long id, Viewer viewer, Model model) {
		CollectionOverview overview = query.overview(viewer, id);
		model.addAttribute("overview", overview);
		model.addAttribute("kpiNames", overview.kpiNames());
		return "collection/collection";
	}

	@PostMapping("/plans/{planId}/collections")
	String open(@PathVariable long planId, @RequestParam(required = false) String year,
			@RequestParam(required = false) String deadline, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		CollectingValues.Opening opening = collecting.open(viewer, planId, year, deadline);
		if (!opening.problems().isEmpty()) {
			redirect.addFlashAttribute("openErrors", messages.byField(opening.problems(), locale));
			redirect.addFlashAttribute("openPlan", planId);
			return "redirect:/me";
		}
		redirect.addFlashAttribute("saved", messages.text("collection.opened", locale));
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
		String subject = messages.text("collection.reminder.subject", locale, overview.plan().name(),
				overview.collection().year().eraLabel());
		String body = messages.text("collection.reminder.body", locale, overview.plan().name(),
				overview.collection().year().eraLabel(), overview.collection().deadline());
		refusing(redirect, locale, () -> {
			CollectingValues.Reminding reminding = collecting.remind(viewer, id, subject, body);
			redirect.addFlashAttribute("saved",
					messages.text(reminding.mailed() ? "collection.reminded" : "collection.reminded.no-mail", locale,
							reminding.departments(), reminding.recipients()));
		});
		return "redirect:/collections/" + id + "#overdue";
	}

	/** Takes the collection year's values from the department's sheet (CSV or xlsx). */
	@PostMapping("/collections/{id}/upload")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile sheet, Viewer viewer,
			RedirectAttributes redirect, Locale locale) throws java.io.IOException {
		if (sheet == null || sheet.isEmpty()) {
			redirect.addFlashAttribute("refused", messages.text("upload.no-file", locale));
			return "redirect:/collections/" + id + "#upload";
		}
		if (sheet.getSize() > UPLOAD_MAX_BYTES) {
			redirect.addFlashAttribute("refused",
					messages.text("upload.too-large", locale, UPLOAD_MAX_BYTES / 1024 / 1024));
			return "redirect:/collections/" + id + "#upload";
		}
		UploadingValues.Upload upload = uploading.upload(viewer, id, sheet.getOriginalFilename(), sheet.getBytes());
		if (upload.stored()) {
			redirect.addFlashAttribute("saved",
					messages.text("upload.stored", locale, upload.recorded(), upload.unchanged(), upload.notYours()));
		}
		else {
			redirect.addFlashAttribute("refused", messages.text("upload.refused", locale));
			redirect.addFlashAttribute("uploadProblems", upload.problems().stream().map(p -> {
				String text = messages.text(p.problem(), locale);
				return p.row() == 0 ? text : p.column() == 0 ? messages.text("upload.at-row", locale, p.row(), text)
						: messages.text("upload.at-cell", locale, p.row(), p.column(), text);
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
		refusing(redirect, locale, () -> {
			action.run();
			redirect.addFlashAttribute("saved", messages.text(doneKey, locale));
		});
		return "redirect:/collections/" + id;
	}

	/**
	 * Runs a step; one that is not possible now, or not as written, comes back to the
	 * page with the reason. Not found and forbidden go on to the error advice.
	 */
	private void refusing(RedirectAttributes redirect, Locale locale, Runnable action) {
		try {
			action.run();
		}
		catch (Refused ex) {
			if (ex.refusal() instanceof Refusal.Conflict conflict) {
				redirect.addFlashAttribute("refused", messages.text(conflict.problem(), locale));
			}
			else if (ex.refusal() instanceof Refusal.Invalid invalid) {
				redirect.addFlashAttribute("refused",
						String.join(" ", messages.byField(invalid.problems(), locale).values()));
			}
			else {
				throw ex;
			}
		}
	}

}
