package jp.suishin.meeting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.suishin.account.Viewer;
import jp.suishin.meeting.AttachingMinutes;
import jp.suishin.meeting.HoldingMeetings;
import jp.suishin.meeting.MeetingForm;
import jp.suishin.meeting.MeetingKind;
import jp.suishin.meeting.PlanMeetings;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.FormAttempts;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
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
 * A plan's meetings page (担当者部会・懇談会): public, with the minutes where the viewer may read
 * them; the plan's planners also get the forms to record, edit and remove meetings and to
 * attach the PDF of their minutes. Every form posts, is carried out by a use case and
 * redirects back; what a use case refuses comes back next to its fields, with what was
 * typed.
 */
@Controller
class MeetingsController {

	private final PlanMeetings meetings;

	private final HoldingMeetings holding;

	private final AttachingMinutes attaching;

	private final PlanRepository plans;

	private final ProblemMessages messages;

	private final FormAttempts forms;

	private final Clock clock;

	MeetingsController(PlanMeetings meetings, HoldingMeetings holding, AttachingMinutes attaching, PlanRepository plans,
			ProblemMessages messages, Clock clock) {
		this.meetings = meetings;
		this.holding = holding;
		this.attaching = attaching;
		this.plans = plans;
		this.messages = messages;
		this.forms = new FormAttempts(messages, "meeting.label.");
		this.clock = clock;
	}

	@GetMapping("/plans/{id}/meetings")
	String page(@PathVariable long id, Viewer viewer, Model model) {
		PlanMeetings.Listing listing = meetings.of(viewer, id);
		model.addAttribute("plan", listing.plan());
		model.addAttribute("listing", listing);
		model.addAttribute("kinds", MeetingKind.values());
		if (listing.mayPlan()) {
			model.addAttribute("nodes", MeetingsPage.nodes(plans.tree(id).orElseThrow()));
			model.addAttribute("currentYear", currentYear().eraLabel());
		}
		return "meeting/meetings";
	}

	@PostMapping("/plans/{id}/meetings")
	String add(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("typedAttendees", attendees(form));
		return forms.attempt(redirect, locale, "add-meeting", form, "meeting.added", back(id, null),
				() -> holding.record(viewer, id, meetingForm(form)));
	}

	@PostMapping("/plans/{id}/meetings/{meetingId}")
	String edit(@PathVariable long id, @PathVariable long meetingId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		inPlan(id, meetingId);
		redirect.addFlashAttribute("typedAttendees", attendees(form));
		return forms.attempt(redirect, locale, "meeting-" + meetingId, form, "meeting.saved", back(id, meetingId),
				() -> holding.edit(viewer, meetingId, meetingForm(form)));
	}

	@PostMapping("/plans/{id}/meetings/{meetingId}/remove")
	String remove(@PathVariable long id, @PathVariable long meetingId, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		inPlan(id, meetingId);
		holding.remove(viewer, meetingId);
		redirect.addFlashAttribute("saved", messages.text("meeting.removed", locale));
		return back(id, null);
	}

	@PostMapping("/plans/{id}/meetings/{meetingId}/minutes")
	String attach(@PathVariable long id, @PathVariable long meetingId,
			@RequestParam(name = "pdf", required = false) MultipartFile pdf,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		inPlan(id, meetingId);
		byte[] bytes = bytes(pdf);
		String type = pdf == null ? null : pdf.getContentType();
		String name = pdf == null ? null : pdf.getOriginalFilename();
		form.remove("pdf");
		return forms.attempt(redirect, locale, "minutes-" + meetingId, form, "meeting.pdf.attached",
				back(id, meetingId), () -> attaching.attach(viewer, meetingId, bytes, type, name));
	}

	@PostMapping("/plans/{id}/meetings/{meetingId}/minutes/remove")
	String detach(@PathVariable long id, @PathVariable long meetingId, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		inPlan(id, meetingId);
		attaching.detach(viewer, meetingId);
		redirect.addFlashAttribute("saved", messages.text("meeting.pdf.removed", locale));
		return back(id, meetingId);
	}

	/**
	 * The PDF of a meeting's minutes, for whoever may read them (not found for anyone
	 * else): always an attachment of type {@code application/pdf}, never sniffed.
	 */
	@GetMapping("/plans/{id}/meetings/{meetingId}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable long id, @PathVariable long meetingId, Viewer viewer) {
		return pdf(meetings.attachment(viewer, id, meetingId), meetingId, viewer);
	}

	/** The PDF as an attachment, kept by no shared cache when it is not public. */
	static ResponseEntity<byte[]> pdf(PlanMeetings.Pdf pdf, long meetingId, Viewer viewer) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("meeting-" + meetingId + ".pdf")
						.filename(pdf.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.cacheControl(viewer.signedIn() ? CacheControl.noStore() : CacheControl.noCache())
			.body(pdf.bytes());
	}

	private void inPlan(long planId, long meetingId) {
		if (meetings.planOf(meetingId) != planId) {
			throw Refused.notFound("meeting " + meetingId + " of plan " + planId);
		}
	}

	private FiscalYear currentYear() {
		LocalDate today = LocalDate.now(clock);
		return FiscalYear.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1);
	}

	static MeetingForm meetingForm(MultiValueMap<String, String> form) {
		return new MeetingForm(form.getFirst("kind"), form.getFirst("node"), form.getFirst("title"),
				form.getFirst("year"), form.getFirst("firstDay"), form.getFirst("secondDay"), form.getFirst("timing"),
				form.getFirst("method"), form.getFirst("agenda"), attendees(form), form.getFirst("otherAttendees"),
				form.getFirst("minutes"),
				"on".equals(form.getFirst("minutesPublic")) || "true".equals(form.getFirst("minutesPublic")));
	}

	private static List<String> attendees(MultiValueMap<String, String> form) {
		List<String> attendees = form.get("attendees");
		return attendees == null ? List.of() : List.copyOf(attendees);
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

	private static String back(long planId, Long meetingId) {
		return "redirect:/plans/" + planId + "/meetings" + (meetingId == null ? "" : "#meeting-" + meetingId);
	}

}
