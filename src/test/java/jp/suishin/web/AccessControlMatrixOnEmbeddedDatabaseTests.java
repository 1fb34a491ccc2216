package jp.suishin.web;

import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The matrix on the embedded database (H2 in PostgreSQL mode), in every build; on a
 * database of its own, so that its writes meet no other test class.
 */
@SpringBootTest
class AccessControlMatrixOnEmbeddedDatabaseTests extends AccessControlMatrixContract {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		String name = "acm-" + UUID.randomUUID();
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
	}

}
