package jp.suishin.activity;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The activities' storage on the embedded database; a context of its own (it archives a
 * node).
 */
@SpringBootTest
@DirtiesContext
class PlanActivitiesOnEmbeddedDatabaseTests extends PlanActivitiesContract {

}
