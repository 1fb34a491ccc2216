package jp.suishin.logicmodel;

import org.springframework.boot.test.context.SpringBootTest;

/** Editing logic models on the embedded database, in a database of its own. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:editing-logic-models;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
class EditingLogicModelsOnEmbeddedDatabaseTests extends EditingLogicModelsContract {

}
