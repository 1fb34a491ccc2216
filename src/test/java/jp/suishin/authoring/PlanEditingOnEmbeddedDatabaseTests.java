package jp.suishin.authoring;

import org.springframework.boot.test.context.SpringBootTest;

/** Editing plans on the embedded database, always. */
@SpringBootTest(properties = { "suishin.sample-data.enabled=false", "suishin.reminders.cron=-" })
class PlanEditingOnEmbeddedDatabaseTests extends PlanEditingContract {

}
