package jp.suishin.calendar.web;

import java.util.Locale;
import java.util.Optional;

import jp.suishin.account.Viewer;
import jp.suishin.calendar.CalendarDatesForm;
import jp.suishin.calendar.CalendarQuery;
import jp.suishin.calendar.MeetingForm;
import jp.suishin.calendar.PlanningCalendar;
import jp.suishin.calendar.StepKind;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.YearParameter;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.FormAttempts;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's evaluation calendar of a data year (評価カレンダー), for those who read the owner's
 * working data; its planners set the dates, add the expert meetings and mark steps done.
 * Every form posts to a use case and comes back to the page, what is refused next to its
 * field with what was typed.
 */
@Controller
class CalendarController {

	private final CalendarQuery query;

	private final PlanningCalendar planning;

	private final FormAttempts forms;

	CalendarController(CalendarQuery query, PlanningCalendar planning, ProblemMessages messages) {
		this.query = query;
		this.planning = planning;
		this.forms = new FormAttempts(messages, "calendar.label.");
	}

	@GetMapping("/plans/{id}/calendar")
	String page(@PathVariable long id, @RequestParam(required = false) String year, Viewer viewer, Model model) {
		CalendarQuery.CalendarView view = query.calendar(viewer, id, year(year).orElse(null));
		model.addAttribute("view", view);
		model.addAttribute("plan", view.plan());
		model.addAttribute("kinds", StepKind.values());
		return "calendar/calendar";
	}

	@PostMapping("/plans/{id}/calendar/dates")
	String setDates(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		FiscalYear year = postedYear(form);
		return forms.attempt(redirect, locale, "dates", form, "calendar.saved", back(id, year),
				() -> planning.setDates(viewer, id, year, datesForm(form)));
	}

	@PostMapping("/plans/{id}/calendar/meetings")
	String addMeeting(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		FiscalYear year = postedYear(form);
		return forms.attempt(redirect, locale, "meeting", form, "calendar.meeting.added", back(id, year),
				() -> planning.addMeeting(viewer, id, year, meetingForm(form)));
	}

	@PostMapping("/plans/{id}/calendar/steps/{stepId}")
	String changeStep(@PathVariable long id, @PathVariable long stepId,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		return forms.attempt(redirect, locale, "step-" + stepId, form, "calendar.saved", back(id, form),
				() -> planning.changeStep(viewer, id, stepId, meetingForm(form)));
	}

	@PostMapping("/plans/{id}/calendar/steps/{stepId}/remove")
	String removeStep(@PathVariable long id, @PathVariable long stepId,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		return forms.attempt(redirect, locale, "step-" + stepId, form, "calendar.removed", back(id, form),
				() -> planning.removeStep(viewer, id, stepId));
	}

	@PostMapping("/plans/{id}/calendar/steps/{stepId}/done")
	String markDone(@PathVariable long id, @PathVariable long stepId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		return forms.attempt(redirect, locale, "step-" + stepId, form, "calendar.marked-done", back(id, form),
				() -> planning.mark(viewer, id, stepId, true));
	}

	@PostMapping("/plans/{id}/calendar/steps/{stepId}/reopen")
	String reopen(@PathVariable long id, @PathVariable long stepId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		return forms.attempt(redirect, locale, "step-" + stepId, form, "calendar.reopened", back(id, form),
				() -> planning.mark(viewer, id, stepId, false));
	}

	static CalendarDatesForm datesForm(MultiValueMap<String, String> form) {
		return new CalendarDatesForm(form.getFirst(StepKind.COLLECTION_DEADLINE.field()),
				form.getFirst(StepKind.INTERNAL_EVALUATION.field()), form.getFirst(StepKind.DECISION.field()),
				form.getFirst(StepKind.PUBLICATION.field()));
	}

	static MeetingForm meetingForm(MultiValueMap<String, String> form) {
		return new MeetingForm(form.getFirst(StepKind.EXPERT_MEETING.field()), form.getFirst("label"));
	}

	private static Optional<FiscalYear> year(String year) {
		return YearParameter.of(year).orRefuse("year");
	}

	private static FiscalYear postedYear(MultiValueMap<String, String> form) {
		String written = form.getFirst("year");
		return FiscalYear.parse(written)
			.orElseThrow(() -> Refused.invalid("year", "calendar.year.invalid", written == null ? "" : written));
	}

	private static String back(long planId, FiscalYear year) {
		return "redirect:/plans/" + planId + "/calendar?year=" + year.eraLabel();
	}

	private static String back(long planId, MultiValueMap<String, String> form) {
		return FiscalYear.parse(form.getFirst("year"))
			.map(y -> back(planId, y))
			.orElse("redirect:/plans/" + planId + "/calendar");
	}

}
