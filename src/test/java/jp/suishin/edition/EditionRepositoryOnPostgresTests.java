package jp.suishin.edition;

import jp.suishin.OnPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The editions' storage on PostgreSQL, when {@code SUISHIN_TEST_PG_URL} is set. */
@SpringBootTest
@DirtiesContext
@OnPostgres
class EditionRepositoryOnPostgresTests extends EditionRepositoryContract {

}
