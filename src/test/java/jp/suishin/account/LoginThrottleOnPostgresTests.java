package jp.suishin.account;

import jp.suishin.TestDatabases;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The throttle contract on PostgreSQL (CI always sets {@code SUISHIN_TEST_PG_URL}). */
@SpringBootTest
@Import(MovableClock.Config.class)
@EnabledIfEnvironmentVariable(named = TestDatabases.PG_URL, matches = ".+")
class LoginThrottleOnPostgresTests extends LoginThrottleContract {

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
