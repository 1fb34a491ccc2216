package jp.suishin.jobs;

import org.springframework.boot.test.context.SpringBootTest;

/** The job lock on the embedded database (every build). */
@SpringBootTest(properties = "suishin.sample-data.enabled=false")
class OncePerSlotOnEmbeddedDatabaseTests extends OncePerSlotContract {

}
