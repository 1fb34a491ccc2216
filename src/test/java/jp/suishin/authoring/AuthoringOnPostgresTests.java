package jp.suishin.authoring;

import jp.suishin.OnPostgres;

import org.springframework.boot.test.context.SpringBootTest;

/** The authoring contract on PostgreSQL, when {@code SUISHIN_TEST_PG_URL} is set. */
@SpringBootTest
@OnPostgres
class AuthoringOnPostgresTests extends AuthoringContract {

}
