package jp.suishin.planimport;

import jp.suishin.OnPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The plan import on PostgreSQL, when {@code SUISHIN_TEST_PG_URL} is set. */
@SpringBootTest(properties = { "suishin.sample-data.enabled=false", "suishin.reminders.cron=-" })
@DirtiesContext
@OnPostgres
class ImportingPlanOnPostgresTests extends ImportingPlanContract {

}
