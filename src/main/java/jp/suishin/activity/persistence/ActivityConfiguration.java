package jp.suishin.activity.persistence;

import jp.suishin.activity.ActivityRecords;
import jp.suishin.activity.AddingActivityImage;
import jp.suishin.activity.PlanningNextActions;
import jp.suishin.activity.RecordingActivities;
import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.plan.PlanRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the activity use cases, which know nothing of Spring, to their storage. */
@Configuration(proxyBeanMethods = false)
class ActivityConfiguration {

	@Bean
	RecordingActivities recordingActivities(ActivityRecords records, PlanRepository plans, PlanPlanners planners,
			AuditTrail audit, InOneTransaction work) {
		return new RecordingActivities(records, plans, planners, audit, work);
	}

	@Bean
	AddingActivityImage addingActivityImage(ActivityRecords records, PlanRepository plans, PlanPlanners planners,
			AuditTrail audit, InOneTransaction work) {
		return new AddingActivityImage(records, plans, planners, audit, work);
	}

	@Bean
	PlanningNextActions planningNextActions(ActivityRecords records, PlanRepository plans, PlanPlanners planners,
			AuditTrail audit, InOneTransaction work) {
		return new PlanningNextActions(records, plans, planners, audit, work);
	}

}
