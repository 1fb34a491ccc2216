package jp.suishin.authoring;

import org.springframework.boot.test.context.SpringBootTest;

/** The authoring contract on the embedded database (H2 in PostgreSQL mode), always. */
@SpringBootTest
class AuthoringOnEmbeddedDatabaseTests extends AuthoringContract {

}
