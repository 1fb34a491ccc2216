package jp.suishin.calendar;

import org.springframework.boot.test.context.SpringBootTest;

/** Setting calendars on the embedded database, in a database of its own. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:planning-calendar;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
class PlanningCalendarOnEmbeddedDatabaseTests extends PlanningCalendarContract {

}
