package jp.suishin.meeting.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.meeting.AttachingMinutes;
import jp.suishin.meeting.HoldingMeetings;
import jp.suishin.meeting.Meeting;
import jp.suishin.meeting.MeetingContent;
import jp.suishin.meeting.MeetingForm;
import jp.suishin.meeting.PlanMeetings;
import jp.suishin.refusal.Refused;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's meetings through the API under /api/v1: read by everybody as the page shows
 * them (the minutes only where the viewer may read them), written by the plan's planners
 * through the same use cases as the page. Refusals are the problem details of the refusal
 * advice: 422 with {@code errors} per field, 403/401, 404, 409 for an archived plan.
 */
@RestController
@RequestMapping("/api/v1/plans/{id}/meetings")
class MeetingApiController {

	private final PlanMeetings meetings;

	private final HoldingMeetings holding;

	private final AttachingMinutes attaching;

	MeetingApiController(PlanMeetings meetings, HoldingMeetings holding, AttachingMinutes attaching) {
		this.meetings = meetings;
		this.holding = holding;
		this.attaching = attaching;
	}

	@GetMapping
	List<MeetingJson> list(@PathVariable long id, Viewer viewer) {
		return meetings.of(viewer, id).meetings().stream().map(m -> MeetingJson.of(id, m)).toList();
	}

	@GetMapping("/{meetingId}")
	MeetingJson one(@PathVariable long id, @PathVariable long meetingId, Viewer viewer) {
		return MeetingJson.of(id, meetings.one(viewer, id, meetingId));
	}

	/** Records a meeting: 201 with the meeting and its address. */
	@PostMapping
	ResponseEntity<MeetingJson> record(@PathVariable long id, @RequestBody MeetingRequest body, Viewer viewer) {
		long meetingId = holding.record(viewer, id, body.form());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/meetings/" + meetingId))
			.body(MeetingJson.of(id, meetings.one(viewer, id, meetingId)));
	}

	/**
	 * Replaces what a meeting says (a field left out is cleared): 200 with the meeting.
	 */
	@PutMapping("/{meetingId}")
	MeetingJson edit(@PathVariable long id, @PathVariable long meetingId, @RequestBody MeetingRequest body,
			Viewer viewer) {
		inPlan(id, meetingId);
		holding.edit(viewer, meetingId, body.form());
		return MeetingJson.of(id, meetings.one(viewer, id, meetingId));
	}

	@DeleteMapping("/{meetingId}")
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long meetingId, Viewer viewer) {
		inPlan(id, meetingId);
		holding.remove(viewer, meetingId);
		return ResponseEntity.noContent().build();
	}

	/** The PDF of the minutes, for whoever may read them. */
	@GetMapping("/{meetingId}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable long id, @PathVariable long meetingId, Viewer viewer) {
		return MeetingsController.pdf(meetings.attachment(viewer, id, meetingId), meetingId, viewer);
	}

	/**
	 * Attaches (or replaces) the PDF of the minutes: the body is the file, declared
	 * {@code application/pdf}; 204.
	 */
	@PutMapping("/{meetingId}/minutes.pdf")
	ResponseEntity<Void> attach(@PathVariable long id, @PathVariable long meetingId,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String type,
			@RequestParam(name = "fileName", required = false) String fileName,
			@RequestBody(required = false) byte[] body, Viewer viewer) {
		inPlan(id, meetingId);
		attaching.attach(viewer, meetingId, body == null ? new byte[0] : body, type,
				fileName == null ? "meeting-" + meetingId + ".pdf" : fileName);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{meetingId}/minutes.pdf")
	ResponseEntity<Void> detach(@PathVariable long id, @PathVariable long meetingId, Viewer viewer) {
		inPlan(id, meetingId);
		attaching.detach(viewer, meetingId);
		return ResponseEntity.noContent().build();
	}

	private void inPlan(long planId, long meetingId) {
		if (meetings.planOf(meetingId) != planId) {
			throw Refused.notFound("meeting " + meetingId + " of plan " + planId);
		}
	}

	/** A meeting as a request writes it; the days in any notation the page reads. */
	record MeetingRequest(String kind, Long node, String title, String year, String firstDay, String secondDay,
			String timing, String method, String agenda, List<Long> attendees, String otherAttendees, String minutes,
			Boolean minutesPublic) {

		MeetingForm form() {
			return new MeetingForm(kind, node == null ? null : String.valueOf(node), title, year, firstDay, secondDay,
					timing, method, agenda,
					attendees == null ? List.of() : attendees.stream().map(String::valueOf).toList(), otherAttendees,
					minutes, Boolean.TRUE.equals(minutesPublic));
		}

	}

	/** An attending organisation. */
	record AttendeeJson(long id, String name) {
	}

	/** The PDF of the minutes: its name, size and address. */
	record MinutesPdfJson(String fileName, int byteCount, String href) {
	}

	/**
	 * A meeting as the viewer may see it: {@code minutes} and {@code minutesPdf} are
	 * {@code null} where it may not read them.
	 */
	record MeetingJson(long id, long planId, String kind, Long node, String nodeTitle, String title, String year,
			int fiscalYear, LocalDate firstDay, LocalDate secondDay, String timing, String method, String agenda,
			List<AttendeeJson> attendees, String otherAttendees, boolean minutesPublic, String minutes,
			MinutesPdfJson minutesPdf) {

		static MeetingJson of(long planId, PlanMeetings.Shown m) {
			MeetingContent c = m.content();
			MinutesPdfJson pdf = m.attachment()
				.map((Meeting.Attachment a) -> new MinutesPdfJson(a.fileName(), a.byteCount(),
						"/api/v1/plans/" + planId + "/meetings/" + m.id() + "/minutes.pdf"))
				.orElse(null);
			return new MeetingJson(m.id(), planId, c.kind().name(), c.nodeId(), m.nodeTitle(), c.title(),
					c.year().eraLabel(), c.year().value(), c.firstDay(), c.secondDay(), c.timing(), c.method(),
					c.agenda(), m.attendees().stream().map(o -> new AttendeeJson(o.id(), o.name())).toList(),
					c.otherAttendees(), c.minutesPublic(), m.minutes(), pdf);
		}

	}

}
