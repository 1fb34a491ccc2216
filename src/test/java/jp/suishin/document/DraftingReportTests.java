package jp.suishin.document;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The drafting contract on the embedded database (H2 in PostgreSQL mode), with the sample
 * data loaded as on every start. A context of its own: it adds activities and opens a
 * collection that no other test class should see.
 */
@SpringBootTest(properties = "suishin.test.context=drafting-report")
@ContextConfiguration(initializers = DraftingReportContract.CountingStatements.class)
class DraftingReportTests extends DraftingReportContract {

}
