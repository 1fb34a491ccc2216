package jp.suishin.e2e;

import com.microsoft.playwright.Browser;

import jp.suishin.TestDatabases;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every browser journey shares: the running app on a random port, on PostgreSQL when
 * {@code SUISHIN_TEST_PG_URL} is set (CI) in a schema of the class's own, else on the
 * embedded database, and headless Chromium ({@link Chromium}). Each journey class gets a
 * context of its own, since its schema is dropped when it is done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class BrowserJourney {

	static String schema;

	static Chromium chromium;

	static Browser browser;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		if (TestDatabases.postgresConfigured()) {
			schema = TestDatabases.usePostgresSchema(registry);
		}
	}

	@BeforeAll
	static void launchBrowser() {
		chromium = Chromium.launch();
		browser = chromium.browser();
	}

	@AfterAll
	static void closeBrowser() {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
		TestDatabases.dropSchema(schema);
		schema = null;
	}

}
