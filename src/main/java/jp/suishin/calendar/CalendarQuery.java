package jp.suishin.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Viewer;
import jp.suishin.collection.Collection;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.collection.Reminder;
import jp.suishin.edition.Edition;
import jp.suishin.edition.EditionRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

/**
 * Reads the calendars: a plan's year for its working readers (who else asks is told it
 * does not exist), the current step of a plan or of every plan a viewer works on, and the
 * calendar of a year for the reminders. "Today" is the installation's day.
 */
public final class CalendarQuery {

	private final CalendarSteps steps;

	private final CollectionRepository collections;

	private final EditionRepository editions;

	private final PlanRepository plans;

	private final AccessPolicy access;

	private final Clock clock;

	public CalendarQuery(CalendarSteps steps, CollectionRepository collections, EditionRepository editions,
			PlanRepository plans, AccessPolicy access, Clock clock) {
		this.steps = steps;
		this.collections = collections;
		this.editions = editions;
		this.plans = plans;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * A plan's calendar of a data year ({@code null}: the year it is at), with what the
	 * reminders sent about it.
	 * @throws Refused not found for an unknown plan, a year outside its period, and a
	 * viewer who may not read the owner's working data
	 */
	public CalendarView calendar(Viewer viewer, long planId, FiscalYear year) {
		Plan plan = plans.findById(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
		Rights rights = access.requireSight(viewer, plan.ownerId(), "calendar of plan " + planId);
		FiscalYear shown = year == null ? currentYear(plan) : year;
		if (!plan.period().contains(shown)) {
			throw Refused.notFound("year " + shown + " of plan " + planId);
		}
		Optional<Collection> collection = collections.find(planId, shown);
		List<Reminder> departments = collection.map(c -> collections.reminders(c.id())).orElse(List.of());
		return new CalendarView(plan, calendarOf(plan, shown, collection), today(), rights.plan(),
				steps.reminders(planId, shown), departments, collection.map(Collection::id).orElse(null));
	}

	/** The calendar of a plan's year as it stands, whoever asks (the reminders' view). */
	public EvaluationCalendar calendarOf(long planId, FiscalYear year) {
		Plan plan = plans.findById(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
		return calendarOf(plan, year, collections.find(planId, year));
	}

	private EvaluationCalendar calendarOf(Plan plan, FiscalYear year, Optional<Collection> collection) {
		Optional<Instant> published = editions.ofPlanYear(plan.id(), year)
			.stream()
			.map(Edition::publishedAt)
			.min(Comparator.naturalOrder());
		return EvaluationCalendar.of(plan.id(), year, steps.of(plan.id(), year), collection, published);
	}

	/**
	 * Where a plan's year stands, for a viewer who reads the owner's working data; empty
	 * for anybody else.
	 */
	public Optional<Glance> glance(Viewer viewer, long planId) {
		if (viewer == null || !viewer.signedIn()) {
			return Optional.empty();
		}
		return plans.findById(planId)
			.filter(plan -> access.on(viewer, plan.ownerId()).readWorking())
			.flatMap(this::glance);
	}

	/**
	 * Where the year stands of the plans the viewer works on: every current plan it plans
	 * for, and those of the organisations it holds a role in that have dates. A
	 * reviewer's reach below its organisation is left out (it may hold hundreds of
	 * plans), as are plans with nothing to show.
	 */
	public List<Glance> glances(Viewer viewer) {
		if (viewer == null || !viewer.signedIn()) {
			return List.of();
		}
		java.util.Set<Long> own = new java.util.HashSet<>();
		viewer.grants().forEach(g -> own.add(g.organisationId()));
		List<Glance> glances = new ArrayList<>();
		for (Plan plan : plans.ofOwners(access.reach(viewer))) {
			Rights rights = access.on(viewer, plan.ownerId());
			boolean mine = rights.plan() || (rights.readWorking() && own.contains(plan.ownerId()));
			if (mine && plans.archivedAt(plan.id()).isEmpty()) {
				glance(plan).filter(g -> rights.plan() || !g.empty()).ifPresent(glances::add);
			}
		}
		return glances;
	}

	private Optional<Glance> glance(Plan plan) {
		FiscalYear year = currentYear(plan);
		EvaluationCalendar calendar = calendarOf(plan, year, collections.find(plan.id(), year));
		LocalDate today = today();
		return Optional.of(new Glance(plan.id(), plan.name(), year, calendar.isEmpty(), calendar.current(),
				calendar.overdueOn(today).size(), calendar.current().map(s -> s.overdueOn(today)).orElse(false)));
	}

	/**
	 * The data year a plan's calendar is at: of the years with steps or a collection, the
	 * latest with a step not done, else the latest; without any, the year before today's
	 * fiscal year (the one whose values are collected now), kept within the plan's
	 * period.
	 */
	public FiscalYear currentYear(Plan plan) {
		TreeSet<FiscalYear> years = new TreeSet<>(steps.yearsOf(plan.id()));
		collections.ofPlan(plan.id()).forEach(c -> years.add(c.year()));
		years.removeIf(y -> !plan.period().contains(y));
		for (FiscalYear year : years.descendingSet()) {
			if (calendarOf(plan, year, collections.find(plan.id(), year)).current().isPresent()) {
				return year;
			}
		}
		if (!years.isEmpty()) {
			return years.last();
		}
		LocalDate today = today();
		FiscalYear collected = FiscalYear.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1)
			.previous();
		if (collected.isAfter(plan.period().to())) {
			return plan.period().to();
		}
		return collected.isBefore(plan.period().from()) ? plan.period().from() : collected;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * A plan's year for the page.
	 *
	 * @param plans whether the viewer plans for the owner (and sees the forms)
	 * @param reminders what the calendar's reminders sent to the planners, newest first
	 * @param departmentReminders what the collection's reminders sent to the departments
	 * behind the deadline
	 * @param collectionId the year's collection, or {@code null}
	 */
	public record CalendarView(Plan plan, EvaluationCalendar calendar, LocalDate today, boolean plans,
			List<SentReminder> reminders, List<Reminder> departmentReminders, Long collectionId) {

		public EvaluationCalendar.StepState stateOf(CalendarStep step) {
			return calendar.stateOf(step, today);
		}

		public boolean isCurrent(CalendarStep step) {
			return calendar.current().filter(step::equals).isPresent();
		}

		/** The stored date of a single kind (named as in {@link StepKind}), or blank. */
		public String date(String kind) {
			return calendar.stored(StepKind.valueOf(kind)).map(s -> s.date().toString()).orElse("");
		}

	}

	/**
	 * Where a plan's year stands, shown on the plan's page and マイページ.
	 *
	 * @param empty whether the year has no steps yet
	 * @param current the step it is at; empty when every step is done (or there is none)
	 * @param overdue how many steps are overdue
	 * @param currentOverdue whether the current step is overdue
	 */
	public record Glance(long planId, String planName, FiscalYear year, boolean empty, Optional<CalendarStep> current,
			int overdue, boolean currentOverdue) {
	}

}
