package jp.suishin.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (the daily reminders; Spring Session's clean-up of expired sessions).
 * Every node schedules them; a job that must run once across nodes claims its slot in the
 * database ({@code jp.suishin.jobs.OncePerSlot}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
