package jp.suishin.report;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The locked-year contract on the embedded database, always; a context of its own, since
 * it locks a year of the sample plan.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class LockedYearOnEmbeddedDatabaseTests extends LockedYearContract {

}
