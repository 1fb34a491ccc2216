package jp.suishin.organising;

import jp.suishin.OnPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The organisation administration's contract on PostgreSQL, when
 * {@code SUISHIN_TEST_PG_URL} is set (CI always sets it), in a schema of its own.
 */
@SpringBootTest
@DirtiesContext
@OnPostgres
class OrganisingOnPostgresTests extends OrganisingContract {

}
