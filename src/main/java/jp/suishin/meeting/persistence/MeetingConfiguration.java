package jp.suishin.meeting.persistence;

import jp.suishin.access.AccessPolicy;
import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.meeting.AttachingMinutes;
import jp.suishin.meeting.HoldingMeetings;
import jp.suishin.meeting.MeetingRecords;
import jp.suishin.meeting.PlanMeetings;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.PlanRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the meeting use cases, which know nothing of Spring, to their storage. */
@Configuration(proxyBeanMethods = false)
class MeetingConfiguration {

	@Bean
	HoldingMeetings holdingMeetings(MeetingRecords records, PlanRepository plans, PlanPlanners planners,
			OrganisationRepository organisations, AuditTrail audit, InOneTransaction work) {
		return new HoldingMeetings(records, plans, planners, organisations, audit, work);
	}

	@Bean
	AttachingMinutes attachingMinutes(MeetingRecords records, PlanRepository plans, PlanPlanners planners,
			OrganisationRepository organisations, AuditTrail audit, InOneTransaction work) {
		return new AttachingMinutes(records, plans, planners, organisations, audit, work);
	}

	@Bean
	PlanMeetings planMeetings(MeetingRecords records, PlanRepository plans, AccessPolicy access,
			OrganisationRepository organisations) {
		return new PlanMeetings(records, plans, access, organisations);
	}

}
