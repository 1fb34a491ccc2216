package jp.suishin.donation;

import org.springframework.boot.test.context.SpringBootTest;

/** Recording donations on the embedded database, in a database of its own. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:recording-donations;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
class RecordingDonationsOnEmbeddedDatabaseTests extends RecordingDonationsContract {

}
