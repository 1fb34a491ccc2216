package jp.suishin.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.calendar.CalendarDatesForm;
import jp.suishin.calendar.CalendarQuery;
import jp.suishin.calendar.CalendarStep;
import jp.suishin.calendar.MeetingForm;
import jp.suishin.calendar.PlanningCalendar;
import jp.suishin.calendar.SentReminder;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.YearParameter;
import jp.suishin.refusal.Refused;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A plan's evaluation calendar through the API (bearer token or session): read by the
 * owner's working readers, written by its planners, through the same use cases as the
 * page. Refusals are problem details (422 with {@code errors} per field, 409, 404).
 */
@RestController
@RequestMapping("/api/v1/plans/{id}/calendar")
class CalendarApiController {

	private final CalendarQuery query;

	private final PlanningCalendar planning;

	CalendarApiController(CalendarQuery query, PlanningCalendar planning) {
		this.query = query;
		this.planning = planning;
	}

	@GetMapping
	CalendarJson calendar(@PathVariable long id, @RequestParam(required = false) String year, Viewer viewer) {
		return CalendarJson.of(query.calendar(viewer, id, YearParameter.of(year).orRefuse("year").orElse(null)));
	}

	/** Sets the dates of the year's single steps; a missing or blank date removes one. */
	@PutMapping("/dates")
	CalendarJson setDates(@PathVariable long id, @RequestBody DatesRequest body, Viewer viewer) {
		FiscalYear year = year(body.year());
		planning.setDates(viewer, id, year, new CalendarDatesForm(body.collectionDeadline(), body.internalEvaluation(),
				body.decision(), body.publication()));
		return CalendarJson.of(query.calendar(viewer, id, year));
	}

	@PostMapping("/meetings")
	ResponseEntity<StepJson> addMeeting(@PathVariable long id, @RequestBody MeetingRequest body, Viewer viewer) {
		FiscalYear year = year(body.year());
		long stepId = planning.addMeeting(viewer, id, year, new MeetingForm(body.date(), body.label()));
		CalendarQuery.CalendarView view = query.calendar(viewer, id, year);
		StepJson step = view.calendar()
			.steps()
			.stream()
			.filter(s -> s.id() != null && s.id() == stepId)
			.map(s -> StepJson.of(view, s))
			.findFirst()
			.orElseThrow();
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/api/v1/plans/{id}/calendar/steps/{step}")
				.buildAndExpand(id, stepId)
				.toUri())
			.body(step);
	}

	@PutMapping("/steps/{stepId}")
	ResponseEntity<Void> changeStep(@PathVariable long id, @PathVariable long stepId, @RequestBody StepRequest body,
			Viewer viewer) {
		planning.changeStep(viewer, id, stepId, new MeetingForm(body.date(), body.label()));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/steps/{stepId}")
	ResponseEntity<Void> removeStep(@PathVariable long id, @PathVariable long stepId, Viewer viewer) {
		planning.removeStep(viewer, id, stepId);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/steps/{stepId}/done")
	ResponseEntity<Void> mark(@PathVariable long id, @PathVariable long stepId, @RequestBody DoneRequest body,
			Viewer viewer) {
		if (body.done() == null) {
			throw Refused.invalid("done", "calendar.done.required");
		}
		planning.mark(viewer, id, stepId, body.done());
		return ResponseEntity.noContent().build();
	}

	private static FiscalYear year(String written) {
		return FiscalYear.parse(written)
			.orElseThrow(() -> Refused.invalid("year", "calendar.year.invalid", written == null ? "" : written));
	}

	record DatesRequest(String year, String collectionDeadline, String internalEvaluation, String decision,
			String publication) {
	}

	record MeetingRequest(String year, String date, String label) {
	}

	record StepRequest(String date, String label) {
	}

	record DoneRequest(Boolean done) {
	}

	record CalendarJson(long planId, int year, String yearLabel, LocalDate today, Long currentStepId,
			String currentKind, List<StepJson> steps, List<ReminderJson> reminders) {

		static CalendarJson of(CalendarQuery.CalendarView view) {
			var current = view.calendar().current();
			return new CalendarJson(view.plan().id(), view.calendar().year().value(), view.calendar().year().eraLabel(),
					view.today(), current.map(CalendarStep::id).orElse(null),
					current.map(s -> s.kind().name()).orElse(null),
					view.calendar().steps().stream().map(s -> StepJson.of(view, s)).toList(),
					view.reminders().stream().map(ReminderJson::of).toList());
		}

	}

	/**
	 * A step; {@code id} is null for the collection's deadline (set on the collection).
	 */
	record StepJson(Long id, String kind, String label, LocalDate date, boolean done, Instant doneAt, String doneBy,
			String state, boolean current) {

		static StepJson of(CalendarQuery.CalendarView view, CalendarStep step) {
			return new StepJson(step.id(), step.kind().name(), step.label(), step.date(), step.done(), step.doneAt(),
					step.doneBy(), view.stateOf(step).name(), view.isCurrent(step));
		}

	}

	record ReminderJson(String kind, String label, LocalDate dueOn, LocalDate sentOn, Instant sentAt, int recipients) {

		static ReminderJson of(SentReminder reminder) {
			return new ReminderJson(reminder.kind().name(), reminder.label(), reminder.dueOn(), reminder.sentOn(),
					reminder.sentAt(), reminder.recipients());
		}

	}

}
