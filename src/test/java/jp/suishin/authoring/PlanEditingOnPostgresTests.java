package jp.suishin.authoring;

import jp.suishin.OnPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Editing plans on PostgreSQL, when {@code SUISHIN_TEST_PG_URL} is set (CI always sets
 * it), in a schema of its own.
 */
@SpringBootTest(properties = { "suishin.sample-data.enabled=false", "suishin.reminders.cron=-" })
@DirtiesContext
@OnPostgres
class PlanEditingOnPostgresTests extends PlanEditingContract {

}
