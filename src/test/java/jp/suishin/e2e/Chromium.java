package jp.suishin.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven by Playwright, for the browser journeys. Without
 * Chromium a journey is skipped, except on CI ({@code CI=true}), where it must run.
 */
final class Chromium implements AutoCloseable {

	static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("SUISHIN_CHROMIUM", "/usr/bin/chromium"));

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static Chromium launch() {
		Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE) || "true".equals(System.getenv("CI")),
				"Chromium is not installed (apt-get install chromium fonts-noto-cjk); CI installs it");
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		return new Chromium(playwright, browser);
	}

	Browser browser() {
		return browser;
	}

	@Override
	public void close() {
		playwright.close();
	}

}
