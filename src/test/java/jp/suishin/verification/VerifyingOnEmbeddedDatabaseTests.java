package jp.suishin.verification;

import org.springframework.boot.test.context.SpringBootTest;

/** The experts' verification on the embedded database, in a database of its own. */
@SpringBootTest(
		properties = { "spring.datasource.url=jdbc:h2:mem:verifying;DB_CLOSE_DELAY=-1", "suishin.reminders.cron=-" })
class VerifyingOnEmbeddedDatabaseTests extends VerifyingContract {

}
