package jp.suishin.activity;

import org.springframework.boot.test.context.SpringBootTest;

/** Recording activities on the embedded database, in a database of its own. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:recording-activities;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
class RecordingActivitiesOnEmbeddedDatabaseTests extends RecordingActivitiesContract {

}
