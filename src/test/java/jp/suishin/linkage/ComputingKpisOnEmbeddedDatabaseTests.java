package jp.suishin.linkage;

import org.springframework.boot.test.context.SpringBootTest;

/** Computing parent KPIs on the embedded database, in a database of its own. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:computing-kpis;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
class ComputingKpisOnEmbeddedDatabaseTests extends ComputingKpisContract {

}
