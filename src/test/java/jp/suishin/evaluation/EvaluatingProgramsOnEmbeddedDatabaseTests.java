package jp.suishin.evaluation;

import org.springframework.boot.test.context.SpringBootTest;

/** Evaluating programs on the embedded database, in a database of its own. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:evaluating-programs;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
class EvaluatingProgramsOnEmbeddedDatabaseTests extends EvaluatingProgramsContract {

}
