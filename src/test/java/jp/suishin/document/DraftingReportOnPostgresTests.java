package jp.suishin.document;

import jp.suishin.OnPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The drafting contract on PostgreSQL, when {@code SUISHIN_TEST_PG_URL} is set (CI always
 * sets it).
 */
@SpringBootTest(properties = "suishin.test.context=drafting-report")
@ContextConfiguration(initializers = DraftingReportContract.CountingStatements.class)
@OnPostgres
class DraftingReportOnPostgresTests extends DraftingReportContract {

}
