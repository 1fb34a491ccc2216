package jp.suishin.meeting;

import org.springframework.boot.test.context.SpringBootTest;

/** Recording meetings on the embedded database, in a database of its own. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:holding-meetings;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
class HoldingMeetingsOnEmbeddedDatabaseTests extends HoldingMeetingsContract {

}
