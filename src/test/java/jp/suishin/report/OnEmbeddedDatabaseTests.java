package jp.suishin.report;

import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the embedded database (H2 in PostgreSQL mode), always. */
@SpringBootTest
class OnEmbeddedDatabaseTests extends SorachiKpiListContract {

}
