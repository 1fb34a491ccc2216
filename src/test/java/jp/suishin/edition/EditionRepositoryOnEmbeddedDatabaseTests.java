package jp.suishin.edition;

import org.springframework.boot.test.context.SpringBootTest;

/** The editions' storage on the embedded database. */
@SpringBootTest
class EditionRepositoryOnEmbeddedDatabaseTests extends EditionRepositoryContract {

}
