package jp.suishin.calendar.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import jp.suishin.calendar.CalendarStep;
import jp.suishin.calendar.CalendarSteps;
import jp.suishin.calendar.RemindingOverdueSteps;
import jp.suishin.jobs.OncePerSlot;
import jp.suishin.refusal.web.ProblemMessages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reminders of the calendars, beside the collections' own
 * ({@code collection.schedule.OverdueReminderJob}, which mails the departments behind an
 * overdue collection deadline): at {@code suishin.reminders.cron} (09:00 in the
 * installation's zone unless configured; {@code -} turns both off) every node goes
 * through the plans' years with overdue steps, and for each, the node that first claims
 * the year's day ({@link OncePerSlot}) mails the plan's planners and records what it
 * sent. However often and on however many nodes it fires, a year is reminded once a day.
 */
@Component
@ConditionalOnWebApplication
class OverdueStepReminderJob {

	static final String JOB = "calendar-reminders";

	private static final Logger log = LoggerFactory.getLogger(OverdueStepReminderJob.class);

	private final RemindingOverdueSteps reminding;

	private final OncePerSlot once;

	private final ProblemMessages messages;

	private final Clock clock;

	OverdueStepReminderJob(RemindingOverdueSteps reminding, OncePerSlot once, ProblemMessages messages, Clock clock) {
		this.reminding = reminding;
		this.once = once;
		this.messages = messages;
		this.clock = clock;
	}

	@Scheduled(cron = "${suishin.reminders.cron:0 0 9 * * *}", zone = "${suishin.time-zone:Asia/Tokyo}")
	void remindOverdueSteps() {
		String day = LocalDate.now(clock).toString();
		RemindingOverdueSteps.Wording wording = wording(Locale.JAPANESE);
		int reminded = 0;
		for (CalendarSteps.PlanYear due : reminding.due()) {
			if (once.run(JOB, slot(day, due), () -> reminding.remind(due, wording).isPresent())) {
				reminded++;
			}
		}
		log.info("calendar reminders {}: {} plan year(s) reminded on this node", day, reminded);
	}

	/**
	 * The slot of one plan year's reminders on one day, e.g. {@code 2026-12-01/42/2025}.
	 */
	static String slot(String day, CalendarSteps.PlanYear due) {
		return day + "/" + due.planId() + "/" + due.year().value();
	}

	RemindingOverdueSteps.Wording wording(Locale locale) {
		return (plan, year, overdue) -> new RemindingOverdueSteps.Wording.Words(
				messages.text("calendar.reminder.subject", locale, plan.name(), year.eraLabel()),
				messages.text("calendar.reminder.body", locale, plan.name(), year.eraLabel(),
						overdue.stream().map(s -> line(s, locale)).collect(Collectors.joining("\n"))));
	}

	private String line(CalendarStep step, Locale locale) {
		return "- " + messages.text(step.kind().messageKey(), locale) + (step.label() == null ? "" : " " + step.label())
				+ " (" + step.date() + ")";
	}

}
