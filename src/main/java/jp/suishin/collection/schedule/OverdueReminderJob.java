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
 * zone unless configured; {@code -} turns them off) every node wakes up and goes through
 * the open collections past their deadline; for each, the node that first claims the
 * collection's day runs {@link CollectingValues#remindOverdue} (in Japanese, like the
 * bundles' default). So each overdue collection is reminded once a day across all nodes,
 * however often the cron fires: a cron that fires several times a day (e.g. hourly in
 * office hours) reminds even when the node meant to run at nine was down, and reminds a
 * collection that only became overdue-with-something-outstanding later in the day (a
 * department put in charge, a value reopened). Only the web application schedules it (not
 * the {@code create-admin} command).
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
		ReminderWording wording = wording(Locale.JAPANESE);
		int reminded = 0;
		for (long collectionId : collecting.overdueCollections()) {
			if (once.run(JOB, slot(day, collectionId),
					() -> collecting.remindOverdue(collectionId, wording)
						.map(sent -> log(day, collectionId, sent))
						.isPresent())) {
				reminded++;
			}
		}
		log.info("daily reminders {}: {} collection(s) reminded on this node", day, reminded);
	}

	/** The slot of one collection's reminders on one day, e.g. {@code 2026-12-01/42}. */
	static String slot(String day, long collectionId) {
		return day + "/" + collectionId;
	}

	private static boolean log(String day, long collectionId, CollectingValues.Reminding sent) {
		log.info("daily reminders {}: collection {} reminded {} department(s), {} recipient(s)", day, collectionId,
				sent.departments(), sent.recipients());
		return true;
	}

	/** The same words as the planner's button, from the message bundles. */
	ReminderWording wording(Locale locale) {
		return (plan, collection) -> new ReminderWording.Words(
				messages.text("collection.reminder.subject", locale, plan.name(), collection.year().eraLabel()),
				messages.text("collection.reminder.body", locale, plan.name(), collection.year().eraLabel(),
						collection.deadline()));
	}

}
