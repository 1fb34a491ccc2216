package jp.suishin.kpi;

import org.springframework.boot.test.context.SpringBootTest;

/** The batch writes of values on the embedded database, always. */
@SpringBootTest(properties = "suishin.sample-data.enabled=false")
class BatchValueWritesOnEmbeddedDatabaseTests extends BatchValueWritesContract {

}
