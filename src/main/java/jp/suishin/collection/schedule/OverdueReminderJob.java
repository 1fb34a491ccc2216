package jp.suishin.collection.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.ReminderWording;
import jp.suishin.jobs.OncePerSlot;
import jp.suishin.refusal.web.ProblemMessages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reminders: at {@code suishin.reminders.cron} (09:00 in the installation's
 * zone unless configured; {@code -} turns them off) every node wakes up, and the first to
 * claim the day runs {@link CollectingValues#remindOverdue} (in Japanese, like the
 * bundles' default): once a day across all nodes, whatever the cron says. A cron that
 * fires several times a day (e.g. hourly in office hours) is a way to remind even when
 * the node meant to run at nine was down: the first firing that finds the day unclaimed
 * runs it. Only the web application schedules it (not the {@code create-admin} command).
 */
@Component
@ConditionalOnWebApplication
class OverdueReminderJob {

	static final String JOB = "overdue-reminders";

	private static final Logger log = LoggerFactory.getLogger(OverdueReminderJob.class);

	private final CollectingValues collecting;

	private final OncePerSlot once;

	private final ProblemMessages messages;

	private final Clock clock;

	OverdueReminderJob(CollectingValues collecting, OncePerSlot once, ProblemMessages messages, Clock clock) {
		this.collecting = collecting;
		this.once = once;
		this.messages = messages;
		this.clock = clock;
	}

	@Scheduled(cron = "${suishin.reminders.cron:0 0 9 * * *}", zone = "${suishin.time-zone:Asia/Tokyo}")
	void remindOverdueDepartments() {
		String day = LocalDate.now(clock).toString();
		boolean ran = once.run(JOB, day, () -> {
			CollectingValues.OverdueReminding done = collecting.remindOverdue(wording(Locale.JAPANESE));
			log.info("daily reminders {}: {} collection(s) past their deadline, {} department(s), {} recipient(s)", day,
					done.collections(), done.departments(), done.recipients());
		});
		if (!ran) {
			log.debug("daily reminders {} already sent by another node", day);
		}
	}

	/** The same words as the planner's button, from the message bundles. */
	ReminderWording wording(Locale locale) {
		return (plan, collection) -> new ReminderWording.Words(
				messages.text("collection.reminder.subject", locale, plan.name(), collection.year().eraLabel()),
				messages.text("collection.reminder.body", locale, plan.name(), collection.year().eraLabel(),
						collection.deadline()));
	}

}
