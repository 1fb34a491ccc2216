package jp.suishin.evaluation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Evaluating programs on the embedded database, in a database of its own. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:evaluating-programs;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@Import(EvaluatingProgramsContract.Donations.class)
class EvaluatingProgramsOnEmbeddedDatabaseTests extends EvaluatingProgramsContract {

}
