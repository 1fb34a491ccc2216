package jp.suishin.planimport;

import org.springframework.boot.test.context.SpringBootTest;

/** The plan import on the embedded database, always. */
@SpringBootTest(properties = { "suishin.sample-data.enabled=false", "suishin.reminders.cron=-" })
class ImportingPlanOnEmbeddedDatabaseTests extends ImportingPlanContract {

}
