package jp.suishin.linkage;

import org.springframework.boot.test.context.SpringBootTest;

/** The links' storage on the embedded database, in a database of its own. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:kpi-links-storage;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
class KpiLinksStorageOnEmbeddedDatabaseTests extends KpiLinksStorageContract {

}
