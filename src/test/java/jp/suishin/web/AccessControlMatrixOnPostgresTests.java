package jp.suishin.web;

import jp.suishin.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The matrix on PostgreSQL, when {@code SUISHIN_TEST_PG_URL} is set (CI always sets it),
 * in a schema of its own.
 */
@SpringBootTest
@EnabledIfEnvironmentVariable(named = TestDatabases.PG_URL, matches = ".+")
class AccessControlMatrixOnPostgresTests extends AccessControlMatrixContract {

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
