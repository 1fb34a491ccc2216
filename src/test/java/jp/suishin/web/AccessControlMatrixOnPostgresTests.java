package jp.suishin.web;

import jp.suishin.OnPostgres;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The matrix on PostgreSQL, when {@code SUISHIN_TEST_PG_URL} is set (CI always sets it),
 * in a schema of its own.
 */
@SpringBootTest
@OnPostgres
class AccessControlMatrixOnPostgresTests extends AccessControlMatrixContract {

}
