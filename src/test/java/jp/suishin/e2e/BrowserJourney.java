package jp.suishin.e2e;

import com.microsoft.playwright.Browser;

import jp.suishin.OwnPostgresSchema;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What every browser journey shares: the running app on a random port, on PostgreSQL when
 * {@code SUISHIN_TEST_PG_URL} is set (CI) in a schema of the class's own, else on the
 * embedded database ({@link OwnPostgresSchema}), and headless Chromium
 * ({@link Chromium}). Each journey class gets a context of its own, closed (and its
 * schema dropped) when it is done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@OwnPostgresSchema
abstract class BrowserJourney {

	static Chromium chromium;

	static Browser browser;

	@LocalServerPort
	int port;

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
	}

}
