package jp.suishin.organising;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The organisation administration's contract on the embedded database. */
@SpringBootTest
@DirtiesContext
class OrganisingOnEmbeddedDatabaseTests extends OrganisingContract {

}
