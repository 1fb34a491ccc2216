package jp.suishin.collection.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jp.suishin.TestAccounts;
import jp.suishin.account.MovableClock;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.collection.Mailer;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminder mails leave once the reminder is recorded (a local GreenMail server): the
 * daily job's mail goes out after the claim of the day and the reminder are committed,
 * not while their transaction holds the collection's lock; and a round that is rolled
 * back mails nobody.
 */
@SpringBootTest
@DirtiesContext
@Import({ MovableClock.Config.class, RemindersAfterCommitTests.Watching.class })
class RemindersAfterCommitTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	/**
	 * The application's SMTP mailer, which notes, as each mail is handed to it, how many
	 * reminders of the watched collection another connection sees committed.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Watching {

		@Bean
		@Primary
		WatchedMailer watchedMailer(@Qualifier("smtpMailer") Mailer smtp, CollectionRepository collections) {
			return new WatchedMailer(smtp, collections);
		}

	}

	static final class WatchedMailer implements Mailer {

		private final Mailer smtp;

		private final CollectionRepository collections;

		volatile long collectionId;

		volatile String address;

		/** The watched collection's year, as the reminder's subject names it. */
		volatile String year;

		final List<Integer> committedRemindersAtSending = new CopyOnWriteArrayList<>();

		WatchedMailer(Mailer smtp, CollectionRepository collections) {
			this.smtp = smtp;
			this.collections = collections;
		}

		@Override
		public boolean send(List<String> to, String subject, String body) {
			if (to.contains(address) && subject.contains(" " + year + "の")) {
				// another thread, another connection: it sees only what is committed
				committedRemindersAtSending.add(CompletableFuture.supplyAsync(() -> collections.reminders(collectionId))
					.orTimeout(30, TimeUnit.SECONDS)
					.join()
					.size());
			}
			return smtp.send(to, subject, body);
		}

	}

	@Autowired
	OverdueReminderJob job;

	@Autowired
	CollectingValues collecting;

	@Autowired
	CollectionRepository collections;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	MovableClock clock;

	@Autowired
	WatchedMailer mailer;

	@Autowired
	PlatformTransactionManager transactions;

	long collection;

	@BeforeEach
	void anOverdueCollection(org.junit.jupiter.api.TestInfo test) throws Exception {
		String suffix = Integer.toString(Math.abs(test.getDisplayName().hashCode()) % 10000);
		Viewer planner = accounts.account("ra-planner", "sorachi-bureau", Role.PLANNER);
		mailer.address = "ra-farming-" + suffix + "@example.jp";
		accounts.editor("ra-farming-" + suffix, "sorachi-bureau", "農務課");
		long plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		int year = test.getDisplayName().startsWith("aRound") ? 2027 : 2028;
		collection = collecting.open(planner, plan, Integer.toString(year), LocalDate.now(clock).plusDays(1).toString())
			.collectionId();
		mailer.collectionId = collection;
		mailer.year = jp.suishin.notation.FiscalYear.of(year).eraLabel();
		collecting.assign(planner, kpis.findByPlan(plan).get(0).id(),
				accounts.department("sorachi-bureau", "農務課").id());
		clock.advance(Duration.ofDays(3));
		smtp.purgeEmailFromAllMailboxes();
		mailer.committedRemindersAtSending.clear();
	}

	@Test
	void theDailyJobsMail_leavesOnceTheReminderIsCommitted() throws Exception {
		job.remindOverdueDepartments();

		assertThat(collections.reminders(collection)).hasSize(1);
		assertThat(mailer.committedRemindersAtSending).as("reminders committed when the mail was handed over")
			.containsExactly(1);
		List<String> recipients = new java.util.ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			recipients.add(GreenMailUtil.getAddressList(message.getAllRecipients()));
		}
		assertThat(recipients).contains(mailer.address);
	}

	@Test
	void aRoundRolledBack_mailsNobody_andRecordsNothing() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			assertThat(collecting.remindOverdue(collection, job.wording(Locale.JAPANESE))).isPresent();
			status.setRollbackOnly();
		});

		assertThat(collections.reminders(collection)).isEmpty();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(mailer.committedRemindersAtSending).isEmpty();
	}

}
