package jp.suishin.linkage;

import jp.suishin.OnPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** Computing parent KPIs on PostgreSQL, when {@code SUISHIN_TEST_PG_URL} is set. */
@SpringBootTest(properties = "suishin.reminders.cron=-")
@DirtiesContext
@OnPostgres
class ComputingKpisOnPostgresTests extends ComputingKpisContract {

}
