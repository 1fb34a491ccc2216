package jp.suishin.report;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The plan-grades contract on the embedded database, always; a context of its own, since
 * it opens a collection of the sample plan.
 */
@SpringBootTest
@DirtiesContext
class PlanGradesOnEmbeddedDatabaseTests extends PlanGradesContract {

}
