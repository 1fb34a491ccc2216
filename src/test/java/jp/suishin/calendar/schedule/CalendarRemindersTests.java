package jp.suishin.calendar.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jp.suishin.TestAccounts;
import jp.suishin.account.MovableClock;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.calendar.CalendarDatesForm;
import jp.suishin.calendar.CalendarQuery;
import jp.suishin.calendar.CalendarSteps;
import jp.suishin.calendar.MeetingForm;
import jp.suishin.calendar.PlanningCalendar;
import jp.suishin.calendar.RemindingOverdueSteps;
import jp.suishin.calendar.SentReminder;
import jp.suishin.calendar.StepKind;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The calendar's daily reminders on a movable clock with a local mail server: nothing
 * before a step's day has passed; then, however often and on however many nodes (threads
 * here, each with its connection) the job fires that day, the plan's planners get one
 * mail, what was sent is recorded once per overdue step, and the round is audited once. A
 * planner of another organisation gets nothing; a step marked done is not reminded.
 */
@SpringBootTest(properties = "suishin.reminders.cron=-")
@Import(MovableClock.Config.class)
@jp.suishin.OwnPostgresSchema
@org.springframework.test.annotation.DirtiesContext
class CalendarRemindersTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	OverdueStepReminderJob job;

	@Autowired
	PlanningCalendar planning;

	@Autowired
	CalendarQuery query;

	@Autowired
	CalendarSteps steps;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	AuditTrail audit;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	jp.suishin.collection.CollectingValues collecting;

	@Autowired
	jp.suishin.collection.CollectionRepository collections;

	@Autowired
	jp.suishin.kpi.KpiRepository kpis;

	@Test
	void pastTheirDay_thePlannersAreRemindedOfOverdueStepsOnce_howeverManyNodesFire() throws Exception {
		Viewer planner = accounts.account("cr-planner", "sorachi-bureau", Role.PLANNER);
		accounts.account("cr-planner-2", "sorachi-bureau", Role.PLANNER);
		accounts.account("cr-stranger", "yubari", Role.PLANNER);
		accounts.editor("cr-editor", "sorachi-bureau", "cr 農務課");
		long plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		LocalDate today = LocalDate.now(clock);
		FiscalYear year = FiscalYear.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1).previous();
		planning.setDates(planner, plan, year,
				new CalendarDatesForm(null, today.plusDays(1).toString(), today.plusDays(30).toString(), null));
		long meeting = planning.addMeeting(planner, plan, year, new MeetingForm(today.plusDays(2).toString(), "第1回"));

		job.remindOverdueSteps();
		clock.advance(Duration.ofDays(2));
		job.remindOverdueSteps();
		assertThat(steps.reminders(plan, year)).as("on the meeting's own day nothing is overdue but the evaluation")
			.singleElement()
			.satisfies(r -> assertThat(r.kind()).isEqualTo(StepKind.INTERNAL_EVALUATION));
		smtp.purgeEmailFromAllMailboxes();

		clock.advance(Duration.ofDays(1));
		fireOnNodes(3);
		job.remindOverdueSteps();

		LocalDate day = LocalDate.now(clock);
		List<SentReminder> sent = steps.reminders(plan, year).stream().filter(r -> r.sentOn().equals(day)).toList();
		assertThat(sent).extracting(SentReminder::kind)
			.containsExactlyInAnyOrder(StepKind.INTERNAL_EVALUATION, StepKind.EXPERT_MEETING);
		assertThat(sent).allSatisfy(r -> {
			assertThat(r.recipients()).isEqualTo(2);
			assertThat(r.recipientLogins()).containsExactlyInAnyOrder("cr-planner", "cr-planner-2");
			assertThat(r.sentBy()).isEqualTo(RemindingOverdueSteps.SYSTEM);
			assertThat(r.subject()).contains("空知", year.eraLabel());
		});
		// one mail to each of the two planners, none to the stranger or the department
		MimeMessage[] mails = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> to(m).startsWith("cr-"))
			.toArray(MimeMessage[]::new);
		assertThat(mails).hasSize(2);
		assertThat(Arrays.stream(mails).map(CalendarRemindersTests::to))
			.containsExactlyInAnyOrder("cr-planner@example.jp", "cr-planner-2@example.jp");
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mails[0])).isNotBlank();
		assertThat(audit.of(AuditSubject.plan(plan))).filteredOn(e -> e.action() == AuditAction.CALENDAR_REMINDER_SENT)
			.hasSize(2)
			.allSatisfy(e -> assertThat(e.actor()).isEqualTo(RemindingOverdueSteps.SYSTEM));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM job_run WHERE job = :job AND slot = :slot")
			.param("job", OverdueStepReminderJob.JOB)
			.param("slot", OverdueStepReminderJob.slot(day.toString(), new CalendarSteps.PlanYear(plan, year)))
			.query(Integer.class)
			.single()).isEqualTo(1);

		// done steps are not reminded the next day; the page's view lists what was sent
		planning.mark(planner, plan, meeting, true);
		planning.mark(planner, plan,
				query.calendar(planner, plan, year).calendar().stored(StepKind.INTERNAL_EVALUATION).orElseThrow().id(),
				true);
		int before = steps.reminders(plan, year).size();
		clock.advance(Duration.ofDays(1));
		job.remindOverdueSteps();
		assertThat(steps.reminders(plan, year)).hasSize(before);
		assertThat(query.calendar(planner, plan, year).reminders()).hasSize(3);
	}

	@Test
	void pastAnOpenCollectionsDeadline_thePlannersAreReminded_andTheDepartmentsAreLeftToTheCollectionsReminders() {
		Viewer planner = accounts.account("cd-planner", "iwamizawa", Role.PLANNER);
		accounts.editor("cd-editor", "iwamizawa", "cd 農政課");
		long plan = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		LocalDate today = LocalDate.now(clock);
		FiscalYear year = FiscalYear.of(2027);
		long collection = collecting.open(planner, plan, "2027", today.plusDays(1).toString()).collectionId();
		collecting.assign(planner, kpis.findByPlan(plan).get(0).id(), accounts.department("iwamizawa", "cd 農政課").id());
		clock.advance(Duration.ofDays(2));
		job.remindOverdueSteps();

		assertThat(steps.reminders(plan, year)).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(StepKind.COLLECTION_DEADLINE);
			assertThat(r.dueOn()).isEqualTo(today.plusDays(1));
			assertThat(r.recipientLogins()).containsExactly("cd-planner");
		});
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(CalendarRemindersTests::to))
			.contains("cd-planner@example.jp")
			.doesNotContain("cd-editor@example.jp");
		// the departments' reminder is the collection's own job's, not sent twice from
		// here
		assertThat(collections.reminders(collection)).isEmpty();
	}

	void fireOnNodes(int nodes) throws Exception {
		CyclicBarrier together = new CyclicBarrier(nodes);
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		try {
			List<Future<?>> firings = new ArrayList<>();
			for (int i = 0; i < nodes; i++) {
				firings.add(pool.submit(() -> {
					together.await(30, TimeUnit.SECONDS);
					job.remindOverdueSteps();
					return null;
				}));
			}
			for (Future<?> firing : firings) {
				firing.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	static String to(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
