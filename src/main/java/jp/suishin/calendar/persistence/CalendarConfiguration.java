package jp.suishin.calendar.persistence;

import java.time.Clock;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.AccountRepository;
import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.calendar.CalendarQuery;
import jp.suishin.calendar.CalendarSteps;
import jp.suishin.calendar.PlanningCalendar;
import jp.suishin.calendar.RemindingOverdueSteps;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.collection.Mailer;
import jp.suishin.collection.UnitOfWork;
import jp.suishin.edition.EditionRepository;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.plan.PlanRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the calendar's use cases, which know nothing of Spring, to their storage. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	PlanningCalendar planningCalendar(CalendarSteps steps, PlanPlanners planners, PlanRepository plans,
			CollectionRepository collections, AuditTrail audit, InOneTransaction work, Clock clock) {
		return new PlanningCalendar(steps, planners, plans, collections, audit, work, clock);
	}

	@Bean
	CalendarQuery calendarQuery(CalendarSteps steps, CollectionRepository collections, EditionRepository editions,
			PlanRepository plans, AccessPolicy access, Clock clock) {
		return new CalendarQuery(steps, collections, editions, plans, access, clock);
	}

	@Bean
	RemindingOverdueSteps remindingOverdueSteps(CalendarQuery query, CalendarSteps steps,
			CollectionRepository collections, PlanRepository plans, AccountRepository accounts, AccessPolicy access,
			AuditTrail audit, Mailer mailer, UnitOfWork work, Clock clock) {
		return new RemindingOverdueSteps(query, steps, collections, plans, accounts, access, audit, mailer, work,
				clock);
	}

}
