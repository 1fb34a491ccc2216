package jp.suishin.activity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.activity.Activity;
import jp.suishin.activity.ActivityForm;
import jp.suishin.activity.ActivityImages;
import jp.suishin.activity.AddingActivityImage;
import jp.suishin.activity.ActivityRecords;
import jp.suishin.activity.NextAction;
import jp.suishin.activity.NextActionForm;
import jp.suishin.activity.PlanActivities;
import jp.suishin.activity.PlanningNextActions;
import jp.suishin.activity.RecordingActivities;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.FormAttempts;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's activities page for its planners (取組・成果と次年度の主な取組): per fiscal year each node's
 * activities and the next year's actions, with forms to add, edit, reorder and remove
 * them. Every form posts, is carried out by a use case, and redirects back; what a use
 * case refuses comes back next to its fields, with what was typed.
 */
@Controller
class ActivityController {

	private final PlanRepository plans;

	private final AccessPolicy access;

	private final PlanActivities narrative;

	private final ActivityRecords records;

	private final RecordingActivities recording;

	private final PlanningNextActions planning;

	private final ProblemMessages messages;

	private final FormAttempts forms;

	private final Clock clock;

	private final AddingActivityImage addingImage;

	private final ActivityImages images;

	ActivityController(PlanRepository plans, AccessPolicy access, PlanActivities narrative, ActivityRecords records,
			RecordingActivities recording, PlanningNextActions planning, ProblemMessages messages, Clock clock,
			AddingActivityImage addingImage, ActivityImages images) {
		this.addingImage = addingImage;
		this.images = images;
		this.plans = plans;
		this.access = access;
		this.narrative = narrative;
		this.records = records;
		this.recording = recording;
		this.planning = planning;
		this.messages = messages;
		this.forms = new FormAttempts(messages, "activity.label.");
		this.clock = clock;
	}

	@GetMapping("/plans/{id}/edit/activities")
	String page(@PathVariable long id, @RequestParam(required = false) String year, Viewer viewer, Model model) {
		Plan plan = plannedBy(viewer, id);
		FiscalYear shown = year == null || year.isBlank() ? defaultYear(plan)
				: FiscalYear.parse(year)
					.filter(plan.period()::contains)
					.orElseThrow(() -> Refused.notFound("year " + year));
		PlanTree tree = plans.tree(id).orElseThrow(() -> Refused.notFound("plan " + id));
		model.addAttribute("plan", plan);
		model.addAttribute("page", ActivitiesPage.of(tree, shown, narrative.of(id, shown)));
		return "activity/activities";
	}

	@PostMapping("/plans/{id}/edit/activities/nodes/{nodeId}")
	String addActivity(@PathVariable long id, @PathVariable long nodeId,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		inPlan(id, nodeId);
		FiscalYear year = year(form);
		return forms.attempt(redirect, locale, "add-activity-" + nodeId, form, "activity.added", back(id, year, nodeId),
				() -> recording.record(viewer, nodeId, year, activityForm(form)));
	}

	@PostMapping("/plans/{id}/edit/activities/{activityId}")
	String editActivity(@PathVariable long id, @PathVariable long activityId,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		Activity activity = activityOf(id, activityId);
		return forms.attempt(redirect, locale, "activity-" + activityId, form, "activity.saved",
				back(id, activity.year(), activity.nodeId()),
				() -> recording.edit(viewer, activityId, activityForm(form)));
	}

	@PostMapping("/plans/{id}/edit/activities/{activityId}/up")
	String activityUp(@PathVariable long id, @PathVariable long activityId, Viewer viewer) {
		Activity activity = activityOf(id, activityId);
		recording.move(viewer, activityId, -1);
		return back(id, activity.year(), activity.nodeId());
	}

	@PostMapping("/plans/{id}/edit/activities/{activityId}/down")
	String activityDown(@PathVariable long id, @PathVariable long activityId, Viewer viewer) {
		Activity activity = activityOf(id, activityId);
		recording.move(viewer, activityId, 1);
		return back(id, activity.year(), activity.nodeId());
	}

	@PostMapping("/plans/{id}/edit/activities/{activityId}/remove")
	String removeActivity(@PathVariable long id, @PathVariable long activityId, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		Activity activity = activityOf(id, activityId);
		recording.remove(viewer, activityId);
		redirect.addFlashAttribute("saved", messages.text("activity.removed", locale));
		return back(id, activity.year(), activity.nodeId());
	}

	@PostMapping("/plans/{id}/edit/activities/{activityId}/images")
	String addImage(@PathVariable long id, @PathVariable long activityId,
			@RequestParam(name = "image", required = false) MultipartFile image,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		Activity activity = activityOf(id, activityId);
		byte[] bytes = bytes(image);
		form.remove("image");
		return forms.attempt(redirect, locale, "image-" + activityId, form, "activity.image.added",
				back(id, activity.year(), activity.nodeId()),
				() -> addingImage.add(viewer, activityId, bytes, form.getFirst("alt")));
	}

	/**
	 * An activity's image for the plan's planners, with the type it was checked and
	 * re-encoded as, never sniffed.
	 */
	@GetMapping("/plans/{id}/edit/activities/images/{imageId}")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long imageId, Viewer viewer) {
		plannedBy(viewer, id);
		long activityId = records.activityOfImage(imageId).orElseThrow(() -> Refused.notFound("image " + imageId));
		activityOf(id, activityId);
		ActivityImages.StoredImage image = images.find(imageId).orElseThrow(() -> Refused.notFound("image " + imageId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(image.bytes());
	}

	private static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return new byte[0];
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping("/plans/{id}/edit/actions/nodes/{nodeId}")
	String addAction(@PathVariable long id, @PathVariable long nodeId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		inPlan(id, nodeId);
		FiscalYear year = year(form);
		return forms.attempt(redirect, locale, "add-action-" + nodeId, form, "activity.action.added",
				back(id, year.previous(), nodeId), () -> planning.plan(viewer, nodeId, year, actionForm(form)));
	}

	@PostMapping("/plans/{id}/edit/actions/{actionId}")
	String editAction(@PathVariable long id, @PathVariable long actionId,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		NextAction action = actionOf(id, actionId);
		return forms.attempt(redirect, locale, "action-" + actionId, form, "activity.action.saved",
				back(id, action.year().previous(), action.nodeId()),
				() -> planning.edit(viewer, actionId, actionForm(form)));
	}

	@PostMapping("/plans/{id}/edit/actions/{actionId}/up")
	String actionUp(@PathVariable long id, @PathVariable long actionId, Viewer viewer) {
		NextAction action = actionOf(id, actionId);
		planning.move(viewer, actionId, -1);
		return back(id, action.year().previous(), action.nodeId());
	}

	@PostMapping("/plans/{id}/edit/actions/{actionId}/down")
	String actionDown(@PathVariable long id, @PathVariable long actionId, Viewer viewer) {
		NextAction action = actionOf(id, actionId);
		planning.move(viewer, actionId, 1);
		return back(id, action.year().previous(), action.nodeId());
	}

	@PostMapping("/plans/{id}/edit/actions/{actionId}/remove")
	String removeAction(@PathVariable long id, @PathVariable long actionId, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		NextAction action = actionOf(id, actionId);
		planning.remove(viewer, actionId);
		redirect.addFlashAttribute("saved", messages.text("activity.action.removed", locale));
		return back(id, action.year().previous(), action.nodeId());
	}

	/** The plan, for a viewer who plans for its owner (the use cases ask again). */
	private Plan plannedBy(Viewer viewer, long id) {
		Plan plan = plans.findById(id).orElseThrow(() -> Refused.notFound("plan " + id));
		access.requirePlan(viewer, plan.ownerId());
		return plan;
	}

	/** The current fiscal year, or the nearest year of the plan's period. */
	private FiscalYear defaultYear(Plan plan) {
		LocalDate today = LocalDate.now(clock);
		FiscalYear current = FiscalYear.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1);
		if (current.isAfter(plan.period().to())) {
			return plan.period().to();
		}
		return current.isBefore(plan.period().from()) ? plan.period().from() : current;
	}

	private static FiscalYear year(MultiValueMap<String, String> form) {
		String written = form.getFirst("year");
		return FiscalYear.parse(written)
			.orElseThrow(() -> Refused.invalid("year", "activity.year.invalid", written == null ? "" : written));
	}

	private void inPlan(long planId, long nodeId) {
		if (plans.planOfNode(nodeId).filter(p -> p == planId).isEmpty()) {
			throw Refused.notFound("node " + nodeId + " of plan " + planId);
		}
	}

	private Activity activityOf(long planId, long activityId) {
		Activity activity = records.activity(activityId).orElseThrow(() -> Refused.notFound("activity " + activityId));
		inPlan(planId, activity.nodeId());
		return activity;
	}

	private NextAction actionOf(long planId, long actionId) {
		NextAction action = records.action(actionId).orElseThrow(() -> Refused.notFound("action " + actionId));
		inPlan(planId, action.nodeId());
		return action;
	}

	private static ActivityForm activityForm(MultiValueMap<String, String> form) {
		return new ActivityForm(form.getFirst("title"), List.of(orEmpty(form.getFirst("leads"))),
				form.getFirst("dates"), form.getFirst("place"), form.getFirst("summary"),
				form.getFirst("participants"));
	}

	private static NextActionForm actionForm(MultiValueMap<String, String> form) {
		return new NextActionForm(form.getFirst("actionText"), List.of(orEmpty(form.getFirst("actionLeads"))));
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String back(long planId, FiscalYear year, long nodeId) {
		return "redirect:/plans/" + planId + "/edit/activities?year=" + year.eraLabel() + "#node-" + nodeId;
	}

}
