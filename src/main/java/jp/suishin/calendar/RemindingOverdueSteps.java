package jp.suishin.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Account;
import jp.suishin.account.AccountRepository;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.Collection;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.collection.Mailer;
import jp.suishin.collection.UnitOfWork;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

/**
 * The reminders about overdue steps: the planners of the plan's owner get one mail about
 * a year's overdue steps, and each step reminded is recorded with whom it went to. The
 * departments behind an overdue collection deadline are reminded by the collection's own
 * daily reminders ({@code collection.schedule.OverdueReminderJob}), never twice from
 * here. Mails go out once the record is committed, and never when it rolls back.
 */
public final class RemindingOverdueSteps {

	/** The actor of the reminders in the audit trail and the record. */
	public static final String SYSTEM = "system:calendar-reminders";

	private final CalendarQuery query;

	private final CalendarSteps steps;

	private final CollectionRepository collections;

	private final PlanRepository plans;

	private final AccountRepository accounts;

	private final AccessPolicy access;

	private final AuditTrail audit;

	private final Mailer mailer;

	private final UnitOfWork work;

	private final Clock clock;

	public RemindingOverdueSteps(CalendarQuery query, CalendarSteps steps, CollectionRepository collections,
			PlanRepository plans, AccountRepository accounts, AccessPolicy access, AuditTrail audit, Mailer mailer,
			UnitOfWork work, Clock clock) {
		this.query = query;
		this.steps = steps;
		this.collections = collections;
		this.plans = plans;
		this.accounts = accounts;
		this.access = access;
		this.audit = audit;
		this.mailer = mailer;
		this.work = work;
		this.clock = clock;
	}

	/** The words of one reminder, from the message bundles. */
	@FunctionalInterface
	public interface Wording {

		Words of(Plan plan, FiscalYear year, List<CalendarStep> overdue);

		record Words(String subject, String body) {
		}

	}

	/**
	 * What a round sent.
	 *
	 * @param mailed whether the mail server took every message (known once committed)
	 */
	public record Round(int steps, List<String> recipients, AtomicBoolean mailed) {
	}

	/** The plans and years that may have overdue steps today. */
	public List<CalendarSteps.PlanYear> due() {
		LocalDate today = LocalDate.now(clock);
		Set<CalendarSteps.PlanYear> due = new LinkedHashSet<>(steps.withStepsDueBefore(today));
		for (Collection collection : collections.openPastDeadline(today)) {
			due.add(new CalendarSteps.PlanYear(collection.planId(), collection.year()));
		}
		return List.copyOf(due);
	}

	/**
	 * Reminds the planners of a plan's year of its overdue steps today.
	 * @return what was sent; empty when nothing is overdue (nothing is written then)
	 */
	public Optional<Round> remind(CalendarSteps.PlanYear planYear, Wording wording) {
		return work.run(() -> {
			LocalDate today = LocalDate.now(clock);
			Optional<Plan> plan = plans.findById(planYear.planId()).filter(p -> plans.archivedAt(p.id()).isEmpty());
			if (plan.isEmpty()) {
				return Optional.<Round>empty();
			}
			List<CalendarStep> overdue = query.calendarOf(planYear.planId(), planYear.year()).overdueOn(today);
			if (overdue.isEmpty()) {
				return Optional.<Round>empty();
			}
			List<Account> planners = plannersOf(plan.get());
			List<String> logins = planners.stream().map(Account::login).toList();
			List<String> addresses = planners.stream().map(Account::email).distinct().toList();
			Wording.Words words = wording.of(plan.get(), planYear.year(), overdue);
			for (CalendarStep step : overdue) {
				steps.addReminder(new SentReminder(planYear.planId(), planYear.year(), step.kind(), step.label(),
						step.date(), today, clock.instant(), SYSTEM, addresses.size(), logins, words.subject()));
			}
			audit.record(SYSTEM, AuditSubject.plan(planYear.planId()), AuditAction.CALENDAR_REMINDER_SENT,
					planYear.year().eraLabel(), null, overdue.size() + " steps, " + addresses.size() + " recipients",
					null);
			AtomicBoolean mailed = new AtomicBoolean(true);
			if (!addresses.isEmpty()) {
				work.afterCommit(() -> mailed.set(mailer.send(addresses, words.subject(), words.body())));
			}
			return Optional.of(new Round(overdue.size(), logins, mailed));
		});
	}

	/** The enabled accounts with an address that plan for the plan's owner. */
	private List<Account> plannersOf(Plan plan) {
		return accounts.findAll()
			.stream()
			.filter(Account::enabled)
			.filter(a -> a.email() != null && !a.email().isBlank())
			.filter(a -> access.on(a.asViewer(), plan.ownerId()).plan())
			.toList();
	}

}
