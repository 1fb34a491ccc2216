package jp.suishin.report;

import jp.suishin.OnPostgres;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The contract on PostgreSQL, when {@code SUISHIN_TEST_PG_URL} is set (CI always sets
 * it).
 */
@SpringBootTest
@OnPostgres
class OnPostgresTests extends SorachiKpiListContract {

}
