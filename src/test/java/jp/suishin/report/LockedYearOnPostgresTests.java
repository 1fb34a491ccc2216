package jp.suishin.report;

import jp.suishin.TestDatabases;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The locked-year contract on PostgreSQL, when {@code SUISHIN_TEST_PG_URL} is set (CI
 * always sets it), in a schema of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@EnabledIfEnvironmentVariable(named = TestDatabases.PG_URL, matches = ".+")
class LockedYearOnPostgresTests extends LockedYearContract {

	static String schema;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		schema = TestDatabases.usePostgresSchema(registry);
	}

	@AfterAll
	static void dropSchema() {
		TestDatabases.dropSchema(schema);
	}

}
