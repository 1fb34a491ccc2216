package jp.suishin.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Digital Agency design tokens are vendored unchanged: every file the manifest
 * (VENDORED.md, written by scripts/update-design-tokens) lists has the sha256 it records,
 * so an edit to the vendored CSS fails the build.
 */
class DesignTokensVendoredTests {

	private static final Path VENDORED = Path.of("src/main/resources/static/vendor/design-tokens");

	private static final Pattern FILE_LINE = Pattern.compile("^- sha256 ([0-9a-f]{64}) (\\S+)", Pattern.MULTILINE);

	@Test
	void everyVendoredFileHasTheManifestsSha256() throws Exception {
		String manifest = Files.readString(VENDORED.resolve("VENDORED.md"));
		assertThat(manifest).contains("- name: @digital-go-jp/design-tokens")
			.contains("- version: 1.1.9")
			.containsPattern("- integrity: sha512-[A-Za-z0-9+/=]{88}");
		Map<String, String> recorded = new LinkedHashMap<>();
		Matcher line = FILE_LINE.matcher(manifest);
		while (line.find()) {
			recorded.put(line.group(2), line.group(1));
		}
		assertThat(recorded).containsOnlyKeys("tokens.css", "LICENSE");
		for (Map.Entry<String, String> file : recorded.entrySet()) {
			assertThat(sha256(VENDORED.resolve(file.getKey())))
				.as("sha256 of vendored %s (run scripts/update-design-tokens instead of editing it)", file.getKey())
				.isEqualTo(file.getValue());
		}
	}

	@Test
	void theLayoutLinksTheTokensBeforeTheAppsStylesheet() throws IOException {
		String layout = Files.readString(Path.of("src/main/resources/templates/fragments/layout.html"));
		int tokens = layout.indexOf("/vendor/design-tokens/tokens.css");
		int app = layout.indexOf("/css/suishin.css");
		assertThat(tokens).isNotNegative();
		assertThat(tokens).isLessThan(app);
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
